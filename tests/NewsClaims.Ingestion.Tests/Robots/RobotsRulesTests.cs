using NewsClaims.Ingestion.Robots;

namespace NewsClaims.Ingestion.Tests.Robots;

public class RobotsRulesTests
{
    private const string Sample = """
        # Our newsroom's robots.txt
        User-agent: *
        Disallow: /private/
        Disallow: /search
        Allow: /private/press-releases/
        Disallow: /*.pdf$

        User-agent: GreedyBot
        Disallow: /
        """;

    [Theory]
    [InlineData("/world/2026/11/story", true)]
    [InlineData("/private/notes", false)]
    [InlineData("/private/press-releases/q3", true)]
    [InlineData("/search?q=strike", false)]
    [InlineData("/searchlight/story", false)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?download=1", true)]
    [InlineData("/robots.txt", true)]
    public void IsAllowed_AppliesTheStarGroupWithLongestMatch(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Sample, "NewsClaims").IsAllowed(path));

    [Fact]
    public void Parse_PrefersTheGroupNamingOurProduct()
    {
        var text = "User-agent: *\nDisallow: /\n\nUser-agent: newsclaims\nDisallow: /drafts/\nCrawl-delay: 4\n";
        var rules = RobotsRules.Parse(text, "NewsClaims");
        Assert.True(rules.IsAllowed("/world/a"));
        Assert.False(rules.IsAllowed("/drafts/a"));
        Assert.Equal(TimeSpan.FromSeconds(4), rules.CrawlDelay);
    }

    [Fact]
    public void Parse_MergesGroupsThatShareAUserAgentLine()
    {
        var text = "User-agent: a\nUser-agent: *\nDisallow: /x/\n\nUser-agent: *\nDisallow: /y/\n";
        var rules = RobotsRules.Parse(text, "NewsClaims");
        Assert.False(rules.IsAllowed("/x/1"));
        Assert.False(rules.IsAllowed("/y/1"));
        Assert.True(rules.IsAllowed("/z/1"));
    }

    [Fact]
    public void IsAllowed_TieBetweenAllowAndDisallowGoesToAllow()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "NewsClaims");
        Assert.True(rules.IsAllowed("/page"));
    }

    [Fact]
    public void Parse_EmptyDisallowAllowsEverything() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "NewsClaims").IsAllowed("/anything"));

    [Fact]
    public void Parse_NoMatchingGroupAllowsEverything() =>
        Assert.True(RobotsRules.Parse("User-agent: OtherBot\nDisallow: /\n", "NewsClaims").IsAllowed("/a"));

    [Fact]
    public void Parse_IgnoresGarbageLinesAndRulesBeforeAnyGroup()
    {
        var rules = RobotsRules.Parse("Disallow: /early\n<html>not robots</html>\nUser-agent: *\nDisallow: /late\n", "NewsClaims");
        Assert.True(rules.IsAllowed("/early"));
        Assert.False(rules.IsAllowed("/late"));
    }

    [Fact]
    public void IsAllowed_ManyWildcardsFinishQuickly()
    {
        var pattern = "/" + string.Concat(Enumerable.Repeat("*a", 40)) + "b";
        var rules = RobotsRules.Parse($"User-agent: *\nDisallow: {pattern}\n", "NewsClaims");
        var path = "/" + new string('a', 5000);
        Assert.True(rules.IsAllowed(path));
    }
}
