using System.Text.Json;

namespace NewsClaims.App.Tests.Review;

/// <summary>The query commands that fit the shell: `stories`, `search` and the new `discrepancies` filters, for people and scripts.</summary>
public sealed class QueryCliTests(ReviewSite site) : IClassFixture<ReviewSite>
{
    [Fact]
    public async Task Stories_lists_each_story_with_its_outlets_and_open_discrepancies()
    {
        var table = await site.Cli("stories");
        Assert.True(table.Exit == 0, table.Err);
        Assert.Equal(6, table.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);   // header and five stories
        var json = JsonDocument.Parse((await site.Cli("stories", "--entity", "Kestrel Motors", "--format", "json")).Out).RootElement;
        var plant = Assert.Single(json.EnumerateArray());
        Assert.Equal(4, plant.GetProperty("articles").GetInt64());
        Assert.Equal("Harbour Gazette, Metro Wire, Night Desk, Valley Courier", plant.GetProperty("outlets").GetString());
        Assert.Equal(1, plant.GetProperty("open").GetInt64());
        var csv = await site.Cli("stories", "--since", "2026-05-12", "--limit", "1", "--format", "csv");
        Assert.StartsWith("ID,ARTICLES,OUTLETS,FIRST,LAST,GROUPS,OPEN,TITLE", csv.Out);
    }

    [Fact]
    public async Task Search_finds_articles_and_sentences_and_marks_the_words()
    {
        var (exit, output, err) = await site.Cli("search", "Dunmore plant");
        Assert.True(exit == 0, err);
        Assert.Contains("article", output);
        Assert.Contains("claim", output);
        Assert.Contains("[Dunmore]", output);
        var phrase = JsonDocument.Parse((await site.Cli("search", "\"diesel vans\"", "--format", "json")).Out).RootElement;
        Assert.All(phrase.EnumerateArray(), h => Assert.Contains("[diesel vans]", h.GetProperty("snippet").GetString()));
        Assert.NotEmpty(phrase.EnumerateArray());
    }

    [Theory]
    [InlineData("stories --since last-week", 2, "--since must be a date like 2026-11-21")]
    [InlineData("stories --entity Nobody", 1, "no entity named 'Nobody'")]
    [InlineData("stories --limit 0", 2, "--limit must be at least 1")]
    [InlineData("search ...", 2, "give at least one word")]
    [InlineData("discrepancies --since 05/12/2026", 2, "--since must be a date")]
    [InlineData("discrepancies --severity huge", 2, "huge")]
    public async Task Bad_filters_exit_non_zero_with_a_clear_message(string args, int code, string message)
    {
        var (exit, _, err) = await site.Cli(args.Split(' '));
        Assert.Equal(code, exit);
        Assert.Contains(message, err);
    }

    [Fact]
    public async Task Discrepancies_filter_by_outlet_and_story()
    {
        var byOutlet = await site.Cli("discrepancies", "--outlet", "Night Desk", "--format", "json");
        var row = Assert.Single(JsonDocument.Parse(byOutlet.Out).RootElement.EnumerateArray());
        Assert.Equal("job cuts", row.GetProperty("attribute").GetString());
        var story = row.GetProperty("story").GetInt64();
        var byStory = await site.Cli("discrepancies", "--story", story.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "csv");
        Assert.Equal(2, byStory.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
