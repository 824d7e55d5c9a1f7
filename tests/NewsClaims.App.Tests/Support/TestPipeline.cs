using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using NewsClaims.App.Configuration;
using NewsClaims.App.Pipeline;
using NewsClaims.Storage;

namespace NewsClaims.App.Tests.Support;

/// <summary>A pipeline over a real SQLite file in a temporary folder, configured by a feeds.json the test writes.</summary>
public sealed class TestPipeline : IDisposable
{
    public TestPipeline(string feedsJson)
    {
        Folder = Directory.CreateTempSubdirectory("newsclaims-app-").FullName;
        FeedsPath = Path.Combine(Folder, "feeds.json");
        File.WriteAllText(FeedsPath, feedsJson);
        DbPath = Path.Combine(Folder, "test.db");
        Database = Database.Open(DbPath);
        Services = new PipelineServices(Database, FeedsConfigLoader.Load(FeedsPath), NullLoggerFactory.Instance);
    }

    public string Folder { get; }
    public string FeedsPath { get; }
    public string DbPath { get; }
    public Database Database { get; }
    public PipelineServices Services { get; }

    /// <summary>A feeds.json for outlets on the loopback server: fast retries, no politeness delay, private addresses allowed.</summary>
    public static string Config(params (string Name, string[] Feeds)[] outlets) => Config(outlets, extra: "");

    public static string Config((string Name, string[] Feeds)[] outlets, string extra, string limits = "")
    {
        var list = string.Join(",\n", outlets.Select(o =>
            $$"""{ "name": "{{o.Name}}", "feeds": [{{string.Join(", ", o.Feeds.Select(f => $"\"{f}\""))}}] {{extra}} }"""));
        return $$"""
            {
              "contact": "https://tests.newsclaims.example/contact",
              "defaults": {
                "allowPrivateAddresses": true,
                "politeness": { "minDelaySeconds": 0, "maxConcurrencyPerHost": 4 },
                "limits": { "retryBaseDelaySeconds": 0.05, "timeoutSeconds": 5 {{limits}} }
              },
              "outlets": [ {{list}} ]
            }
            """;
    }

    public Task<RunOnce.Result> RunOnceAsync() => RunOnce.RunAsync(Services, CancellationToken.None);

    public IReadOnlyList<T> Query<T>(string sql, object? args = null)
    {
        using var c = Database.Connect();
        return c.Query<T>(sql, args).ToList();
    }

    public T Scalar<T>(string sql, object? args = null)
    {
        using var c = Database.Connect();
        return c.ExecuteScalar<T>(sql, args)!;
    }

    public void Dispose()
    {
        Services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
