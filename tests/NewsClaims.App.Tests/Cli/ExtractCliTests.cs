using System.Text.Json;
using Dapper;
using NewsClaims.App.Tests.Support;

namespace NewsClaims.App.Tests.Cli;

/// <summary><c>extract</c>, <c>extract --list</c> and <c>reprocess --stage extract</c> as a user runs them.</summary>
public sealed class ExtractCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-extract-").FullName;

    private const string Page = """
        <html lang="en"><head><title>Harbour board sets dredging date | Coast News</title>
        <meta property="article:published_time" content="2026-11-16T07:00:00+01:00"><meta name="author" content="Keir Maddox"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <h1>Harbour board sets dredging date</h1>
        <p>Work to deepen the harbour entrance will begin in March, the board said on Monday, after five years of delays.</p>
        <p>The project will remove about 180,000 cubic metres of silt from the channel and cost an estimated £12 million.</p>
        <div class="share-bar"><a href="#">Share on X</a></div></body></html>
        """;

    [Fact]
    public async Task Extract_prints_the_article_as_json_with_sources()
    {
        File.WriteAllText(Path.Combine(_folder, "page.html"), Page);

        var (exit, stdout, stderr) = await Support.Cli.RunAsync(_folder, "extract", "page.html", "--url", "https://coast.example/news/dredging");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("https://coast.example/news/dredging", root.GetProperty("url").GetString());
        Assert.Equal("Harbour board sets dredging date", root.GetProperty("title").GetString());
        Assert.Equal("Keir Maddox", root.GetProperty("authors")[0].GetString());
        Assert.Equal("2026-11-16T07:00:00+01:00", root.GetProperty("published").GetString());
        Assert.Equal("2026-11-16T06:00:00Z", root.GetProperty("published_utc").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal(2, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal("paragraph", root.GetProperty("paragraphs")[0].GetProperty("kind").GetString());
        Assert.DoesNotContain("Share on X", root.GetProperty("text").GetString());
        Assert.Equal("meta:article:published_time", root.GetProperty("sources").GetProperty("published").GetString());
    }

    [Fact]
    public async Task Extract_list_prints_one_line_per_page_and_reports_unreadable_files_without_stopping()
    {
        File.WriteAllText(Path.Combine(_folder, "a.html"), Page);
        File.WriteAllText(Path.Combine(_folder, "b.html"), Page.Replace("Harbour board sets dredging date", "Dredging date confirmed by harbour board", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_folder, "list.tsv"), "a.html\thttps://coast.example/a\nmissing.html\thttps://coast.example/m\nb.html\thttps://coast.example/b\n");

        var (exit, stdout, stderr) = await Support.Cli.RunAsync(_folder, "extract", "--list", "list.tsv");

        Assert.Equal(1, exit);
        Assert.Contains("list.tsv:2: cannot read missing.html", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("b.html", second.RootElement.GetProperty("path").GetString());
        Assert.Equal("https://coast.example/b", second.RootElement.GetProperty("url").GetString());
        Assert.Equal("Dredging date confirmed by harbour board", second.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Extract_without_a_file_is_a_usage_error()
    {
        var (exit, _, stderr) = await Support.Cli.RunAsync(_folder, "extract");
        Assert.Equal(2, exit);
        Assert.Contains("give one FILE, or --list FILE", stderr);
    }

    [Fact]
    public async Task Reprocess_reextracts_every_kept_page_with_the_current_extractor()
    {
        File.WriteAllText(Path.Combine(_folder, "page.html"), Page);
        var ingest = await Support.Cli.RunAsync(_folder, "ingest", "page.html", "--url", "https://coast.example/news/dredging");
        Assert.Equal(0, ingest.Exit);
        Assert.Contains("Extracted 1 pages: 1 articles", ingest.Out);
        var db = Path.Combine(_folder, "newsclaims.db");
        // Pretend an older extractor wrote the row, with a wrong title.
        using (var c = new NewsClaims.Storage.Database(db).Connect())
            c.Execute("UPDATE extractions SET extractor_version = 'extract-0', title = 'stale';");

        var reprocess = await Support.Cli.RunAsync(_folder, "reprocess", "--stage", "extract", "--outdated");

        Assert.Equal(0, reprocess.Exit);
        Assert.Contains("Extracted 1 pages: 1 articles, 0 not articles, 0 failed.", reprocess.Out);
        using var check = new NewsClaims.Storage.Database(db).Connect();
        Assert.Equal(("Harbour board sets dredging date", NewsClaims.Core.Extraction.ArticleExtractor.Version),
            check.QuerySingle<(string, string)>("SELECT title, extractor_version FROM extractions;"));
        var again = await Support.Cli.RunAsync(_folder, "reprocess", "--stage", "extract", "--outdated");
        Assert.Contains("Extracted 0 pages", again.Out);
    }

    [Fact]
    public async Task Reprocess_of_an_unknown_stage_is_a_usage_error()
    {
        var (exit, _, stderr) = await Support.Cli.RunAsync(_folder, "reprocess", "--stage", "claims");
        Assert.Equal(2, exit);
        Assert.Contains("claims", stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
