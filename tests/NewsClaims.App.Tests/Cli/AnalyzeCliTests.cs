using System.Text.Json;

namespace NewsClaims.App.Tests.Cli;

/// <summary><c>analyze</c> and <c>analyze --jsonl</c> as a user runs them.</summary>
public sealed class AnalyzeCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-analyze-").FullName;

    private const string Story = """
        The ferry operator said on Tuesday it would retire four vessels by the end of 2027 and cut about 600 jobs.
        Its revenue fell 8% to €1.2 billion last year.
        """;

    [Fact]
    public async Task Analyze_prints_figures_and_dates_with_offsets_into_the_input()
    {
        File.WriteAllText(Path.Combine(_folder, "story.txt"), Story);

        var (exit, stdout, stderr) = await Support.Cli.RunAsync(_folder, "analyze", "story.txt", "--published", "2026-11-19");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("2026-11-19", root.GetProperty("published").GetString());
        var figures = root.GetProperty("figures").EnumerateArray().ToList();
        var money = figures.Single(f => f.GetProperty("kind").GetString() == "money");
        Assert.Equal("€1.2 billion", money.GetProperty("text").GetString());
        Assert.Equal("EUR", money.GetProperty("unit").GetString());
        Assert.Equal(1.2e9m, money.GetProperty("value").GetDecimal());
        Assert.Equal("€1.2 billion", Story[money.GetProperty("start").GetInt32()..money.GetProperty("end").GetInt32()]);
        var percent = figures.Single(f => f.GetProperty("kind").GetString() == "percent");
        Assert.Equal("down", percent.GetProperty("direction").GetString());
        var jobs = figures.Single(f => f.GetProperty("text").GetString() == "about 600");
        Assert.Equal("approx", jobs.GetProperty("qualifier").GetString());
        Assert.Equal("jobs", jobs.GetProperty("counted").GetString());
        var dates = root.GetProperty("dates").EnumerateArray().ToDictionary(d => d.GetProperty("text").GetString()!, d => d);
        Assert.Equal("2026-11-17", dates["Tuesday"].GetProperty("value").GetString());
        Assert.Equal("2027-10-01", dates["the end of 2027"].GetProperty("start_date").GetString());
        Assert.Equal("2025", dates["last year"].GetProperty("value").GetString());
        Assert.Equal(0, root.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public async Task Analyze_reads_standard_input()
    {
        var (exit, stdout, _) = await Support.Cli.RunWithInputAsync(_folder, "Sales rose 3% yesterday.", "analyze", "-", "--published", "2026-11-19");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("2026-11-18", json.RootElement.GetProperty("dates")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Analyze_jsonl_prints_one_line_per_text_with_its_id_and_reports_bad_lines()
    {
        File.WriteAllText(Path.Combine(_folder, "texts.jsonl"), """
            {"id": "a", "text": "The mill hired 40 workers on Friday.", "published": "2026-11-19"}
            not json
            {"id": 7, "text": "Output doubled in 2025.", "published": "2026-11-19"}
            """);

        var (exit, stdout, stderr) = await Support.Cli.RunAsync(_folder, "analyze", "--jsonl", "texts.jsonl");

        Assert.Equal(1, exit);
        Assert.Contains("texts.jsonl:2: not JSON", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("2026-11-13", first.RootElement.GetProperty("dates")[0].GetProperty("value").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("7", second.RootElement.GetProperty("id").GetString());
        Assert.Equal("x", second.RootElement.GetProperty("figures")[0].GetProperty("unit").GetString());
    }

    [Theory]
    [InlineData("--published", "19/11/2026", "is not a date")]
    [InlineData("--format", "csv", "unknown --format")]
    public async Task Analyze_refuses_bad_options_with_a_message(string option, string value, string message)
    {
        File.WriteAllText(Path.Combine(_folder, "story.txt"), Story);

        var (exit, _, stderr) = await Support.Cli.RunAsync(_folder, "analyze", "story.txt", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
