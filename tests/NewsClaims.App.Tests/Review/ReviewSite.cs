using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsClaims.App.Commands;
using NewsClaims.App.Pipeline;
using NewsClaims.App.Tests.Reconciliation;
using NewsClaims.Storage;
using NewsClaims.Web;

namespace NewsClaims.App.Tests.Review;

/// <summary>The review server on 127.0.0.1 (real Kestrel, real SQLite) over our own five stories, ingested through the real
/// executable, plus one plant-closure report whose scraped title and text carry markup.</summary>
public sealed class ReviewSite : IAsyncLifetime
{
    /// <summary>A fourth plant report with a third job-cuts figure, and script tags in its title and sentence.</summary>
    public static readonly OwnStories.Article Hostile = new("plant", "Night Desk", "2026-05-12T18:00:00Z", """
        Kestrel Motors will cut 1,500 jobs at its Dunmore plant, a union official said <script>alert("cuts")</script> on Tuesday evening.
        Kestrel Motors declined to comment on the union's figure.
        """, Title: """Kestrel job cuts <script>alert("title")</script> disputed""");

    private WebApplication? _app;
    private PipelineServices? _services;

    public string Folder { get; } = Directory.CreateTempSubdirectory("newsclaims-review-").FullName;
    public string DbPath => Path.Combine(Folder, "newsclaims.db");
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        OwnStories.WriteManifest(Folder, [.. OwnStories.All, Hostile], "stories.jsonl");
        var ingest = await Cli("ingest", "--manifest", "stories.jsonl");
        Assert.True(ingest.Exit == 0, ingest.Err);
        var database = Database.Open(DbPath);
        _services = new PipelineServices(database, CommonOptions.NoFeeds(), NullLoggerFactory.Instance);
        var services = _services;
        _app = ReviewServer.Build(new ReviewServerOptions(database, ["http://127.0.0.1:0"], null, "reviewer",
            ct => Task.Run(() => $"{services.ReconcileStage.Drain(ct).Stories} stories judged again", ct)));
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    /// <summary>A client that keeps cookies (the antiforgery cookie among them) and does not follow redirects.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    public Task<(int Exit, string Out, string Err)> Cli(params string[] args) => Support.Cli.RunAsync(Folder, args);

    /// <summary>The id of the active discrepancy about <paramref name="attribute"/>.</summary>
    public long DiscrepancyAbout(string attribute)
    {
        using var c = new SqliteConnection($"Data Source={DbPath}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = "SELECT d.id FROM discrepancies d JOIN claim_groups g ON g.id = d.group_id WHERE g.attribute = $a AND d.active = 1;";
        command.Parameters.AddWithValue("$a", attribute);
        return (long)(command.ExecuteScalar() ?? throw new InvalidOperationException($"no discrepancy about {attribute}"));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _services?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
