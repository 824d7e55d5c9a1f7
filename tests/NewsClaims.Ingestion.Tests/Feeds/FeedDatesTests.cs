using NewsClaims.Ingestion.Feeds;

namespace NewsClaims.Ingestion.Tests.Feeds;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Thu, 19 Nov 2026 07:30:00 +0100", "2026-11-19T07:30:00+01:00")]
    [InlineData("Thu, 19 Nov 2026 07:30:00 GMT", "2026-11-19T07:30:00+00:00")]
    [InlineData("19 Nov 2026 07:30 EST", "2026-11-19T07:30:00-05:00")]
    [InlineData("Thu, 19 November 2026 07:30:00 PDT", "2026-11-19T07:30:00-07:00")]
    [InlineData("Thu,19 Nov 26 07:30:00 Z", "2026-11-19T07:30:00+00:00")]
    [InlineData("Thu, 19 Nov 2026 07:30:00 +05:30", "2026-11-19T07:30:00+05:30")]
    [InlineData("2026-11-19T07:30:00Z", "2026-11-19T07:30:00+00:00")]
    [InlineData("2026-11-19T07:30:00.123-04:00", "2026-11-19T07:30:00.123-04:00")]
    [InlineData("2026-11-19", "2026-11-19T00:00:00+00:00")]
    public void Parse_ReadsRfc822AndIso8601(string text, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Thu, 45 Nov 2026 07:30:00 GMT")]
    [InlineData("Thu, 19 Foo 2026 07:30:00 GMT")]
    public void Parse_ReturnsNullForWhatIsNotADate(string text) => Assert.Null(FeedDates.Parse(text));
}
