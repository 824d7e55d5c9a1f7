using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsClaims.Storage;

/// <summary>Applies schema.sql to a new database, or the numbered migrations to an older one, recording the version.</summary>
public static class SchemaMigrator
{
    /// <summary>The version schema.sql describes; the highest numbered migration must equal it.</summary>
    public const int CurrentVersion = 6;

    public static int VersionOf(SqliteConnection connection) => connection.ExecuteScalar<int>("PRAGMA user_version;");

    public static void Migrate(SqliteConnection connection)
    {
        var version = VersionOf(connection);
        if (version > CurrentVersion)
            throw new InvalidOperationException(
                $"The database is at schema version {version}, newer than this build of NewsClaims understands ({CurrentVersion}). Upgrade NewsClaims.");
        if (version == CurrentVersion)
            return;
        using var transaction = connection.BeginTransaction(deferred: false);
        // Re-read inside the write lock: another process may have migrated meanwhile.
        version = connection.ExecuteScalar<int>("PRAGMA user_version;", transaction: transaction);
        if (version == 0)
        {
            connection.Execute(ReadResource("schema.sql"), transaction: transaction);
            Record(connection, transaction, CurrentVersion, "created from schema.sql");
        }
        else
        {
            foreach (var (number, name) in Migrations().Where(m => m.Number > version).OrderBy(m => m.Number))
            {
                connection.Execute(ReadResource($"migrations/{name}"), transaction: transaction);
                Record(connection, transaction, number, name);
            }
        }
        transaction.Commit();
    }

    private static void Record(SqliteConnection connection, SqliteTransaction transaction, int version, string description)
    {
        connection.Execute("INSERT OR REPLACE INTO schema_history (version, description, applied_at) VALUES (@version, @description, @at);",
            new { version, description, at = DbTime.Text(DateTimeOffset.UtcNow) }, transaction);
        connection.Execute($"PRAGMA user_version = {version};", transaction: transaction);
    }

    private static IEnumerable<(int Number, string Name)> Migrations() =>
        typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n["migrations/".Length..])
            .Select(n => (int.Parse(n[..3], System.Globalization.CultureInfo.InvariantCulture), n));

    private static string ReadResource(string name)
    {
        using var stream = typeof(SchemaMigrator).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"resource {name} missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
