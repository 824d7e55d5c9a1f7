using Dapper;
using Microsoft.Data.Sqlite;
using NewsClaims.App.Tests.Support;

namespace NewsClaims.App.Tests.Cli;

/// <summary>The newsclaims executable as a user runs it: exit codes, messages, and what ends up in the database.</summary>
public class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-cli-").FullName;

    [Fact]
    public async Task InvalidFeedsJson_ExitsWith2AndOneLineNamingOutletAndField()
    {
        File.WriteAllText(Path.Combine(_folder, "feeds.json"), """{ "outlets": [ { "name": "Daily Ledger", "feeds": ["https://ledger.example/rss"], "schedule": "soon" } ] }""");

        var (exit, stdout, stderr) = await Support.Cli.RunAsync(_folder, "run", "--once");

        Assert.Equal(2, exit);
        Assert.Equal("newsclaims: feeds.json: outlet 'Daily Ledger': schedule: 'soon' is not an interval (examples: \"90s\", \"15m\", \"1h30m\", \"00:15:00\")", stderr.Trim());
        Assert.Equal("", stdout);
        Assert.False(File.Exists(Path.Combine(_folder, "newsclaims.db")), "nothing starts on a bad configuration");
    }

    [Fact]
    public async Task RunOnce_OverTheSamples_StoresEveryArticleAndASecondRunAddsNothing()
    {
        CopySamples();

        var first = await Support.Cli.RunAsync(_folder, "run", "--once", "--feeds", "samples/feeds.json");
        var second = await Support.Cli.RunAsync(_folder, "run", "--once", "--feeds", "samples/feeds.json");
        var status = await Support.Cli.RunAsync(_folder, "status");

        Assert.Equal(0, first.Exit);
        Assert.Contains("7 new articles", first.Out);
        Assert.Contains("7 stored, 0 duplicates, 0 failed", first.Out);
        Assert.Contains("Extracted 7 pages: 7 articles, 0 not articles, 0 failed", first.Out);
        Assert.Matches(@"Analysed 7 articles: \d+ figures, \d+ dates, 0 failed", first.Out);
        Assert.Equal(0, second.Exit);
        Assert.Contains("0 new articles", second.Out);
        Assert.Contains("Fetched 0 articles", second.Out);
        Assert.Equal(0, status.Exit);
        Assert.Matches(@"The Harbour Gazette\s+yes\s+\S+ \S+\s+\S+ \S+\s+2\s+2\s+2\s+0\s+0", status.Out);
        Assert.Matches(@"analyzed\s+7", status.Out);
        using var c = Open(Path.Combine(_folder, "newsclaims.db"));
        Assert.Equal(7, c.ExecuteScalar<int>("SELECT COUNT(*) FROM raw_pages"));
        // Every sample article has its headline and text in the store, with the extractor version that read it.
        Assert.Equal(7, c.ExecuteScalar<int>($"SELECT COUNT(*) FROM extractions WHERE extractor_version = '{NewsClaims.Core.Extraction.ArticleExtractor.Version}' AND length(text) > 250 AND title IS NOT NULL"));
        Assert.Equal("Valley Water board approves 7.5% rate rise from January",
            c.ExecuteScalar<string>("SELECT title FROM extractions e JOIN articles a ON a.id = e.article_id WHERE a.url LIKE '%valley%' OR e.title LIKE 'Valley Water board%' LIMIT 1"));
        // ... and its figures and dates, read against the page's own publication date (19 November 2026).
        const string valley = "(SELECT e.article_id FROM extractions e WHERE e.title LIKE 'Valley Water board%')";
        Assert.Equal(7, c.ExecuteScalar<int>($"SELECT COUNT(*) FROM analyses WHERE analyzer_version = '{NewsClaims.Core.Analysis.TextAnalyzer.Version}'"));
        Assert.Equal(("percent", 7.5), c.QuerySingle<(string, double)>($"SELECT kind, value FROM figures WHERE article_id = {valley} AND text = '7.5%'"));
        Assert.Equal(("2027-01-01", "2027-01-01"), c.QuerySingle<(string, string)>($"SELECT start_date, end_date FROM dates WHERE article_id = {valley} AND text = 'Jan. 1, 2027'"));
    }

    [Fact]
    public async Task DatabaseOption_EnvironmentAndAppSettings_ChooseTheFile()
    {
        CopySamples();
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{ "db": "from-settings.db", "feeds": "samples/feeds.json" }""");

        var (exit, _, stderr) = await Support.Cli.RunAsync(_folder, "run", "--once");

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_folder, "from-settings.db")));
        var explicitDb = await Support.Cli.RunAsync(_folder, "status", "--db", "from-settings.db");
        Assert.Contains("Metro Wire", explicitDb.Out);
    }

    [Fact]
    public async Task KilledMidBatch_RestartStoresEveryArticleExactlyOnce()
    {
        await using var server = await LoopbackServer.StartAsync();
        const int articles = 40;
        var links = Enumerable.Range(1, articles).Select(i => $"/story/{i}").ToArray();
        server.MapText("/feed", Fixtures.Rss(links), "application/rss+xml");
        foreach (var link in links)
        {
            server.Map(link, async ctx =>
            {
                await Task.Delay(250);
                await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(ctx.Response, Fixtures.Article(link));
            });
        }
        File.WriteAllText(Path.Combine(_folder, "feeds.json"), TestPipeline.Config(("Slow", [server.Url("/feed")])));

        using (var worker = Support.Cli.Start(_folder, "run", "--once"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (server.Requests.Count(r => r.Path.StartsWith("/story/", StringComparison.Ordinal)) < 10 && DateTime.UtcNow < deadline)
                await Task.Delay(20);
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
        var db = Path.Combine(_folder, "newsclaims.db");
        int storedBeforeRestart;
        using (var c = Open(db))
            storedBeforeRestart = c.ExecuteScalar<int>("SELECT COUNT(*) FROM raw_pages");
        Assert.InRange(storedBeforeRestart, 0, articles - 1);

        var (exit, _, stderr) = await Support.Cli.RunAsync(_folder, "run", "--once");

        Assert.True(exit == 0, stderr);
        using var check = Open(db);
        Assert.Equal("ok", check.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Equal(articles, check.ExecuteScalar<int>("SELECT COUNT(*) FROM articles a JOIN raw_pages p ON p.article_id = a.id"));
        Assert.Equal(articles, check.ExecuteScalar<int>("SELECT COUNT(*) FROM raw_pages"));
        Assert.Equal(articles, check.ExecuteScalar<int>("SELECT COUNT(DISTINCT url) FROM articles"));
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM articles a LEFT JOIN raw_pages p ON p.article_id = a.id WHERE p.article_id IS NULL"));
    }

    [Fact]
    public async Task IngestManifest_StoresGoodLinesReportsBadOnesAndIsIdempotent()
    {
        File.WriteAllText(Path.Combine(_folder, "page.html"), Fixtures.Article("Ferry fares frozen for 2027"));
        File.WriteAllLines(Path.Combine(_folder, "corpus.jsonl"),
        [
            """{"path": "page.html", "url": "https://ferries.example/2026/11/fares", "outlet": "Ferry News", "published": "2026-11-19T08:00:00+01:00", "title": "Ferry fares frozen"}""",
            """{"text": "The harbour authority said on Monday that cargo volumes rose 6% in October.", "outlet": "Harbour Bulletin"}""",
            "this line is not json",
            """{"path": "page.html", "text": "both"}""",
            "",
        ]);

        var first = await Support.Cli.RunAsync(_folder, "ingest", "--manifest", "corpus.jsonl");
        var second = await Support.Cli.RunAsync(_folder, "ingest", "--manifest", "corpus.jsonl");

        Assert.Equal(1, first.Exit);
        Assert.Contains("Ingested 2, failed 2.", first.Out);
        Assert.Contains("corpus.jsonl:3: not a JSON object", first.Err);
        Assert.Contains("corpus.jsonl:4: give exactly one of \"path\" and \"text\"", first.Err);
        Assert.Contains("already stored, unchanged", second.Out);
        using var c = Open(Path.Combine(_folder, "newsclaims.db"));
        var rows = c.Query<(string Url, string Stage, string Source, string? Published)>(
            "SELECT url, stage, source, hint_published FROM articles ORDER BY id").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("https://ferries.example/2026/11/fares", "analyzed", "manifest"), (rows[0].Url, rows[0].Stage, "manifest"));
        Assert.Equal("2026-11-19T07:00:00.000Z", rows[0].Published);
        Assert.StartsWith("urn:sha256:", rows[1].Url);
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(*) FROM raw_pages"));
    }

    [Fact]
    public async Task IngestUrl_FetchesThroughThePipeline()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/news/one", Fixtures.Article("One"));

        var refused = await Support.Cli.RunAsync(_folder, "ingest", server.Url("/news/one?utm_source=x"));
        var allowed = await Support.Cli.RunAsync(_folder, "ingest", "--allow-private", server.Url("/news/one"));

        Assert.Equal(1, refused.Exit);
        Assert.Contains("failed for good", refused.Err);
        Assert.Equal(0, allowed.Exit);
        Assert.Contains($"{server.Url("/news/one")}: stored", allowed.Out);
        Assert.Equal(1, server.Count("/news/one"));
    }

    [Theory]
    [InlineData("run", "--once")]
    [InlineData("ingest", "--manifest")]
    [InlineData("status", "--db")]
    public async Task Help_ExplainsEachCommand(string command, string option)
    {
        var (exit, stdout, _) = await Support.Cli.RunAsync(_folder, command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains(option, stdout);
    }

    [Theory]
    [InlineData("run", "--onse")]
    [InlineData("frobnicate")]
    [InlineData("status", "--db")]
    public async Task UsageErrors_ExitWith2AndPointAtHelp(params string[] args)
    {
        var (exit, _, stderr) = await Support.Cli.RunAsync(_folder, args);
        Assert.Equal(2, exit);
        Assert.Contains("newsclaims --help", stderr);
    }

    [Fact]
    public async Task Status_WithoutADatabase_SaysWhatToDo()
    {
        var (exit, _, stderr) = await Support.Cli.RunAsync(_folder, "status");
        Assert.Equal(1, exit);
        Assert.Contains("run `newsclaims run --once` first", stderr);
    }

    private static SqliteConnection Open(string path) => new NewsClaims.Storage.Database(path).Connect();

    private void CopySamples()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "samples");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, "samples", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
