using NewsClaims.Core.Analysis;

namespace NewsClaims.Core.Tests.Analysis;

public class ArticleAnchorTests
{
    private static readonly DateTimeOffset Fetched = new(2026, 11, 21, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-16T07:00:00+01:00", "2026-11-15T22:00:00.000Z", "2026-11-16")] // the page's local date wins over the feed's
    [InlineData("2026-11-16", null, "2026-11-16")]
    [InlineData(null, "2026-11-15T22:00:00.000Z", "2026-11-15")]
    [InlineData("16 Nov 2026", null, "2026-11-21")] // not ISO: the fetch day, never a guess
    [InlineData(null, null, "2026-11-21")]
    [InlineData("2026-11-16X", "2026-11-14", "2026-11-14")]
    public void The_anchor_is_the_page_date_then_the_feed_date_then_the_fetch_day(string? published, string? feed, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ArticleAnchor.Date(published, feed, Fetched));

    [Theory]
    [InlineData(null, false)]
    [InlineData("en", false)]
    [InlineData("en-US", false)]
    [InlineData("en_us", false)]
    [InlineData("en-CA", false)]
    [InlineData("en-GB", true)]
    [InlineData("en-AU", true)]
    [InlineData("en-IN", true)]
    [InlineData("de-DE", true)]
    [InlineData("fr", true)]
    public void Day_first_follows_the_outlet_language_and_region(string? language, bool dayFirst) =>
        Assert.Equal(dayFirst, ArticleAnchor.DayFirst(language));
}
