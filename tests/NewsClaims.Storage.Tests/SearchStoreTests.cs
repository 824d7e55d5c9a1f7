using Dapper;
using NewsClaims.Storage.Articles;
using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Extractions;
using NewsClaims.Storage.Outlets;

namespace NewsClaims.Storage.Tests;

public class SearchStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Search_FollowsReExtraction_OldTextIsNoLongerFound()
    {
        using var temp = new TempDatabase();
        var time = new FixedTime(Now);
        var outlets = new OutletStore(temp.Database, time);
        var ids = outlets.Sync([new OutletSpec("Example", "https://news.example/", true, ["https://news.example/feed"])]);
        var feed = outlets.ActiveFeeds(ids["Example"])[0].Id;
        outlets.RecordPoll(ids["Example"], new FeedPollRecord
        {
            FeedId = feed, PolledAt = Now, Status = 200, Items = [new DiscoveredArticle("https://news.example/a", "T", Now)],
        });
        var article = new ArticleStore(temp.Database, time).DueForFetch(1).Single().Id;
        var extractions = new ExtractionStore(temp.Database, time);
        extractions.Save(article, Row("Ferry service resumes", "The island ferry resumed a reverse auction for fuel on Monday."));
        var search = new SearchStore(temp.Database);
        Assert.Equal("The island ferry resumed a \u0002reverse\u0003 \u0002auction\u0003 for fuel on Monday.", search.Search("reverse auction").Single().Snippet);

        extractions.Save(article, Row("Ferry service resumes", "The island ferry resumed sailings on Monday after repairs."));
        Assert.Empty(search.Search("auction"));
        Assert.Single(search.Search("ferry"));
        Assert.Single(search.Search("FERRY Ferry"));
        Assert.Empty(search.Search("\"sailings after\""));
        using var c = temp.Database.Connect();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM article_search;"));
    }

    [Theory]
    [InlineData("reverse auction", "\"reverse\" \"auction\"")]
    [InlineData("\"reverse auction\" fuel", "\"reverse auction\" \"fuel\"")]
    [InlineData("NOT AND (x*", "\"NOT\" \"AND\" \"x*\"")]
    [InlineData("title:ferry", "\"title:ferry\"")]
    [InlineData("  it's, \"quoted \"\"  ", "\"it's\" \"quoted\"")]
    public void MatchExpression_QuotesEveryWordSoNothingIsReadAsSyntax(string typed, string expected) =>
        Assert.Equal(expected, SearchStore.MatchExpression(typed));

    [Fact]
    public void MatchExpression_WithNoWords_IsAClearError() =>
        Assert.Contains("at least one word", Assert.Throws<ClaimQueryException>(() => SearchStore.MatchExpression(" \"\" ... ")).Message);

    private static ExtractionRow Row(string title, string text) => new()
    {
        ExtractorVersion = "test", IsArticle = true, Title = title, AuthorsJson = "[]", Text = text, ParagraphsJson = "[]", SourcesJson = "{}",
    };
}
