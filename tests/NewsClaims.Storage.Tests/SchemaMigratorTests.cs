using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsClaims.Storage.Tests;

public class SchemaMigratorTests
{
    [Fact]
    public void Open_NewDatabase_HasEveryTableAtTheCurrentVersion()
    {
        using var temp = new TempDatabase();
        using var c = temp.Database.Connect();
        Assert.Equal(SchemaMigrator.CurrentVersion, SchemaMigrator.VersionOf(c));
        // FTS5's own shadow tables (article_search_data, …) are its business, not the schema's.
        var tables = c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%search\\_%' ESCAPE '\\' ORDER BY name;").ToList();
        Assert.Equal([
            "analyses", "article_feeds", "article_search", "articles", "claim_entities", "claim_groups", "claims", "dates", "discrepancies", "discrepancy_reviews",
            "entities", "entity_corrections", "entity_keys", "entity_mentions", "entity_pins", "evidence_search", "extractions", "feeds", "fetch_attempts",
            "figures", "group_claims", "outlets", "raw_pages", "schema_history", "stories", "story_articles",
        ], tables);
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_history;"));
    }

    [Fact]
    public void Open_Twice_IsIdempotent()
    {
        using var temp = new TempDatabase();
        var again = Database.Open(temp.Path);
        using var c = again.Connect();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_history;"));
    }

    [Fact]
    public void Connect_UsesWalForeignKeysAndABusyTimeout()
    {
        using var temp = new TempDatabase();
        using var c = temp.Database.Connect();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode;"));
        Assert.Equal(1, c.ExecuteScalar<int>("PRAGMA foreign_keys;"));
        Assert.True(c.ExecuteScalar<int>("PRAGMA busy_timeout;") >= 5000);
        Assert.Throws<SqliteException>(() => c.Execute(
            "INSERT INTO feeds (outlet_id, url) VALUES (999, 'https://nowhere.example/feed');"));
    }

    [Fact]
    public void Open_DatabaseFromANewerVersion_IsRefusedWithAClearMessage()
    {
        using var temp = new TempDatabase();
        using (var c = temp.Database.Connect())
            c.Execute($"PRAGMA user_version = {SchemaMigrator.CurrentVersion + 1};");
        var e = Assert.Throws<InvalidOperationException>(() => Database.Open(temp.Path));
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public void Migrations_EndAtTheVersionSchemaSqlDescribes()
    {
        var numbers = typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal))
            .Select(n => int.Parse(n["migrations/".Length..][..3], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        // Version 1 is schema.sql itself; every later version needs its migration.
        Assert.Equal(Enumerable.Range(2, SchemaMigrator.CurrentVersion - 1), numbers.Order());
    }

    [Fact]
    public void A_version_1_database_migrates_to_the_same_tables_and_columns_as_a_new_one_and_keeps_its_rows()
    {
        using var fresh = new TempDatabase();
        var folder = Directory.CreateTempSubdirectory("newsclaims-test-").FullName;
        try
        {
            var oldPath = Path.Combine(folder, "v1.db");
            using (var c = new SqliteConnection($"Data Source={oldPath}"))
            {
                c.Open();
                c.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "schema-v1.sql")));
                c.Execute("PRAGMA user_version = 1;");
                c.Execute("INSERT INTO outlets (name, created_at) VALUES ('Kept Outlet', '2026-11-01T00:00:00.000Z');");
                // An article analysed before entities and claims were stored goes back to the analysis queue (migrations 4 and 5).
                c.Execute("""
                    INSERT INTO articles (url, source, stage, discovered_at, updated_at)
                    VALUES ('https://kept.example/a', 'ingest', 'analyzed', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
                    """);
            }
            var migrated = Database.Open(oldPath);
            using var m = migrated.Connect();
            using var f = fresh.Database.Connect();
            Assert.Equal(SchemaMigrator.CurrentVersion, SchemaMigrator.VersionOf(m));
            Assert.Equal(Shape(f), Shape(m));
            Assert.Equal("Kept Outlet", m.ExecuteScalar<string>("SELECT name FROM outlets;"));
            Assert.Equal("extracted", m.ExecuteScalar<string>("SELECT stage FROM articles;"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Shape(SqliteConnection c) =>
        c.Query<string>("""
            SELECT m.name || '.' || p.name || ':' || p.type || ':' || p."notnull" || ':' || p.pk
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' ORDER BY m.name, p.cid;
            """).ToList();
}
