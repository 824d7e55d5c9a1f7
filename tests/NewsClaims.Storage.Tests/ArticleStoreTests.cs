using Dapper;
using NewsClaims.Storage.Articles;
using NewsClaims.Storage.Outlets;

namespace NewsClaims.Storage.Tests;

public class ArticleStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static (TempDatabase Temp, OutletStore Outlets, ArticleStore Articles, long OutletId, long FeedId) Setup()
    {
        var temp = new TempDatabase();
        var time = new FixedTime(Now);
        var outlets = new OutletStore(temp.Database, time);
        var ids = outlets.Sync([new OutletSpec("Example", "https://news.example/", true, ["https://news.example/feed"])]);
        var feedId = outlets.ActiveFeeds(ids["Example"])[0].Id;
        return (temp, outlets, new ArticleStore(temp.Database, time), ids["Example"], feedId);
    }

    private static FeedPollRecord Poll(long feedId, params string[] urls) => new()
    {
        FeedId = feedId, PolledAt = Now, Status = 200,
        Items = urls.Select(u => new DiscoveredArticle(u, "T", Now)).ToList(),
    };

    [Fact]
    public void RecordPoll_StoresEachUrlOnceAcrossPolls()
    {
        var (temp, outlets, articles, outletId, feedId) = Setup();
        using var _ = temp;
        Assert.Equal(2, outlets.RecordPoll(outletId, Poll(feedId, "https://news.example/a", "https://news.example/b")));
        Assert.Equal(1, outlets.RecordPoll(outletId, Poll(feedId, "https://news.example/b", "https://news.example/c")));
        Assert.Equal(3, articles.DueForFetch(10).Count);
    }

    [Fact]
    public void SaveFetched_KeepsThePageCompressedAndReadsItBack()
    {
        var (temp, outlets, articles, outletId, feedId) = Setup();
        using var _ = temp;
        outlets.RecordPoll(outletId, Poll(feedId, "https://news.example/a"));
        var queued = articles.DueForFetch(10).Single();
        var body = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>The harbour reopened on Friday.</p>", 200)));
        Assert.Equal(SaveOutcome.Stored, articles.SaveFetched(queued.Id, new StoredPage("https://news.example/a", 200, "text/html", Now, body), null, []));
        Assert.Equal(body, articles.LoadPage(queued.Id)!.Body);
        using var c = temp.Database.Connect();
        Assert.True(c.ExecuteScalar<long>("SELECT length(body) FROM raw_pages;") < body.Length / 5);
        Assert.Empty(articles.DueForFetch(10));
    }

    [Fact]
    public void SaveFetched_SecondUrlWithTheSameCanonicalLinkBecomesADuplicate()
    {
        var (temp, outlets, articles, outletId, feedId) = Setup();
        using var _ = temp;
        outlets.RecordPoll(outletId, Poll(feedId, "https://news.example/a", "https://m.news.example/a"));
        var queue = articles.DueForFetch(10);
        var page = new StoredPage("x", 200, "text/html", Now, [1, 2, 3]);
        Assert.Equal(SaveOutcome.Stored, articles.SaveFetched(queue[0].Id, page, "https://news.example/a", []));
        Assert.Equal(SaveOutcome.Duplicate, articles.SaveFetched(queue[1].Id, page, "https://news.example/a", []));
        using var c = temp.Database.Connect();
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM raw_pages;"));
    }

    [Fact]
    public void RecordPoll_UrlKnownAsAnotherArticlesCanonical_IsNotAddedAgain()
    {
        var (temp, outlets, articles, outletId, feedId) = Setup();
        using var _ = temp;
        outlets.RecordPoll(outletId, Poll(feedId, "https://amp.news.example/a"));
        articles.SaveFetched(articles.DueForFetch(1)[0].Id, new StoredPage("x", 200, "text/html", Now, [1]), "https://news.example/a", []);
        Assert.Equal(0, outlets.RecordPoll(outletId, Poll(feedId, "https://news.example/a")));
    }

    [Fact]
    public void RecordFailure_TransientGoesBackInTheQueueAndPermanentIsKeptWithItsReason()
    {
        var (temp, outlets, articles, outletId, feedId) = Setup();
        using var _ = temp;
        outlets.RecordPoll(outletId, Poll(feedId, "https://news.example/a", "https://news.example/b"));
        var queue = articles.DueForFetch(10);
        articles.RecordFailure(queue[0].Id, "HTTP 503", Now.AddMinutes(5), [new AttemptRecord("https://news.example/a", Now, 503, "transient", "HTTP 503", TimeSpan.FromMilliseconds(12))]);
        articles.RecordFailure(queue[1].Id, "HTTP 404", null, []);
        Assert.Empty(articles.DueForFetch(10));
        using var c = temp.Database.Connect();
        var rows = c.Query<(string Stage, string Error, long Attempts)>("SELECT stage, last_error, attempts FROM articles ORDER BY id;").ToList();
        Assert.Equal([("discovered", "HTTP 503", 1L), ("failed", "HTTP 404", 1L)], rows);
        Assert.Equal(1, c.ExecuteScalar<int>("SELECT COUNT(*) FROM fetch_attempts WHERE status = 503;"));
    }

    [Fact]
    public void Sync_DisablesOutletsAndFeedsThatLeftTheConfiguration()
    {
        var (temp, outlets, _, outletId, _) = Setup();
        using var __ = temp;
        outlets.Sync([new OutletSpec("Other", null, true, ["https://other.example/rss"])]);
        using var c = temp.Database.Connect();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT enabled FROM outlets WHERE id = @outletId;", new { outletId }));
        Assert.Empty(outlets.ActiveFeeds(outletId));
    }
}
