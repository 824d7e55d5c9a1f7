using Dapper;
using NewsClaims.Core.Analysis;

namespace NewsClaims.App.Tests.Cli;

/// <summary>The analysis stage as a user meets it: ingest stores figures and dates, reprocess re-reads them, nothing doubles.</summary>
public sealed class AnalysisStageCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-analysis-").FullName;

    // Published on Monday 16 November 2026 (local time); the text's dates count from that day.
    private static string Page(string lang = "en", string extra = "") => $"""
        <html lang="{lang}"><head><title>Harbour board sets dredging date | Coast News</title>
        <meta property="article:published_time" content="2026-11-16T07:00:00+01:00"></head>
        <body><h1>Harbour board sets dredging date</h1>
        <p>Work to deepen the harbour entrance will begin in March, the board said on Monday, after five years of delays.</p>
        <p>The project will remove about 180,000 cubic metres of silt from the channel and cost £12 million.</p>
        {extra}</body></html>
        """;

    [Fact]
    public async Task Ingest_stores_the_figures_and_dates_of_the_text_read_against_the_page_date()
    {
        var ingest = await IngestAsync(Page());

        Assert.Contains("Analysed 1 articles: 2 figures, 3 dates, 0 failed.", ingest.Out);
        using var c = Connect();
        Assert.Equal("analyzed", c.ExecuteScalar<string>("SELECT stage FROM articles"));
        Assert.Equal((TextAnalyzer.Version, "2026-11-16"), c.QuerySingle<(string, string)>("SELECT analyzer_version, anchor_date FROM analyses"));
        var figures = c.Query<(string Text, string Kind, double Value, string Unit, string Qualifier)>(
            "SELECT text, kind, value, unit, qualifier FROM figures ORDER BY ordinal").ToList();
        Assert.Equal([("about 180,000 cubic metres", "quantity", 180000d, "cu m", "approx"), ("£12 million", "money", 12_000_000d, "GBP", "exact")], figures);
        var dates = c.Query<(string Text, string Type, string Value, string? Start, string? End)>(
            "SELECT text, type, value, start_date, end_date FROM dates ORDER BY ordinal").ToList();
        Assert.Equal([
            ("March", "DATE", "2027-03", "2027-03-01", "2027-03-31"),
            ("Monday", "DATE", "2026-11-16", "2026-11-16", "2026-11-16"),
            ("five years", "DURATION", "P5Y", null, null),
        ], dates);
    }

    [Fact]
    public async Task A_british_outlet_writes_the_day_first()
    {
        await IngestAsync(Page("en-GB", "<p>Bids close on 04/12/2026, the board said.</p>"));

        using var c = Connect();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT day_first FROM analyses"));
        Assert.Equal("2026-12-04", c.ExecuteScalar<string>("SELECT value FROM dates WHERE text = '04/12/2026'"));
    }

    [Fact]
    public async Task Reprocess_analyze_outdated_redoes_only_older_rows_and_never_doubles_them()
    {
        await IngestAsync(Page());
        using (var c = Connect())
            c.Execute("UPDATE analyses SET analyzer_version = 'analyze-0'; DELETE FROM figures WHERE ordinal = 1;");

        var outdated = await Support.Cli.RunAsync(_folder, "reprocess", "--stage", "analyze", "--outdated");
        var again = await Support.Cli.RunAsync(_folder, "reprocess", "--stage", "analyze", "--outdated");
        var all = await Support.Cli.RunAsync(_folder, "reprocess", "--stage", "analyze");

        Assert.Equal(0, outdated.Exit);
        Assert.Contains("Analysed 1 articles: 2 figures, 3 dates, 0 failed.", outdated.Out);
        Assert.Contains("Analysed 0 articles", again.Out);
        Assert.Contains("Analysed 1 articles", all.Out);
        using var check = Connect();
        Assert.Equal(TextAnalyzer.Version, check.ExecuteScalar<string>("SELECT analyzer_version FROM analyses"));
        Assert.Equal(2, check.ExecuteScalar<int>("SELECT COUNT(*) FROM figures"));
        Assert.Equal(3, check.ExecuteScalar<int>("SELECT COUNT(*) FROM dates"));
    }

    [Fact]
    public async Task Reextraction_replaces_the_analysis_of_the_old_text()
    {
        await IngestAsync(Page());
        using (var c = Connect())
            c.Execute("UPDATE extractions SET extractor_version = 'extract-0'; UPDATE figures SET text = 'stale';");

        var reprocess = await Support.Cli.RunAsync(_folder, "reprocess", "--stage", "extract", "--outdated");

        Assert.Equal(0, reprocess.Exit);
        Assert.Contains("Extracted 1 pages: 1 articles", reprocess.Out);
        Assert.Contains("Analysed 1 articles: 2 figures, 3 dates, 0 failed.", reprocess.Out);
        using var check = Connect();
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM figures WHERE text = 'stale'"));
        Assert.Equal(2, check.ExecuteScalar<int>("SELECT COUNT(*) FROM figures"));
    }

    private async Task<(int Exit, string Out, string Err)> IngestAsync(string html)
    {
        File.WriteAllText(Path.Combine(_folder, "page.html"), html);
        var result = await Support.Cli.RunAsync(_folder, "ingest", "page.html", "--url", "https://coast.example/news/dredging");
        Assert.True(result.Exit == 0, result.Err);
        return result;
    }

    private Microsoft.Data.Sqlite.SqliteConnection Connect() => new NewsClaims.Storage.Database(Path.Combine(_folder, "newsclaims.db")).Connect();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
