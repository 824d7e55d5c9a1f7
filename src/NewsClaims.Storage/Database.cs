using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsClaims.Storage;

/// <summary>The SQLite file: opens connections with the pragmas every connection needs, and brings the schema up to date.</summary>
/// <remarks>
/// WAL lets readers (status, queries, the review page) run beside the worker's writes. synchronous=NORMAL under
/// WAL never corrupts the file on a crash or a killed process; a power cut may lose the last transactions.
/// </remarks>
public sealed class Database
{
    static Database()
    {
        SQLitePCL.Batteries_V2.Init();
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Opens the file (creating it) and applies the schema or any pending migrations.</summary>
    public static Database Open(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        var database = new Database(path);
        using var connection = database.Connect();
        connection.Execute("PRAGMA journal_mode=WAL;");
        SchemaMigrator.Migrate(connection);
        return database;
    }

    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL;");
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is stored, or none.</summary>
    public T InTransaction<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        using var connection = Connect();
        // BEGIN IMMEDIATE takes the write lock up front, so two writers wait for each other instead of failing mid-way.
        using var transaction = connection.BeginTransaction(deferred: false);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }

    public void InTransaction(Action<SqliteConnection, SqliteTransaction> work) =>
        InTransaction<int>((c, t) =>
        {
            work(c, t);
            return 0;
        });
}
