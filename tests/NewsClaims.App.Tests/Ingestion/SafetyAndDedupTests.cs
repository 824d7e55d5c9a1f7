using System.Net;
using System.Text;
using NewsClaims.App.Tests.Support;

namespace NewsClaims.App.Tests.Ingestion;

/// <summary>Hostile and broken input is recorded, never fatal; the same article reached several ways is stored once.</summary>
public class SafetyAndDedupTests
{
    [Fact]
    public async Task MalformedFeed_IsRecordedAndOtherOutletsCarryOn()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/broken", "<rss version=\"2.0\"><channel><item><link>/x</link></channel>", "application/rss+xml")
            .MapText("/good", Fixtures.Rss("/news/one"), "application/rss+xml")
            .MapText("/news/one", Fixtures.Article("One"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Broken", [server.Url("/broken")]), ("Good", [server.Url("/good")])));

        var (poll, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal((2, 1, 1), (poll.Feeds, poll.Errors, poll.NewArticles));
        Assert.Equal(1, fetch.Stored);
        var (error, failures) = pipeline.Query<(string, long)>(
            "SELECT f.last_error, f.consecutive_failures FROM feeds f JOIN outlets o ON o.id = f.outlet_id WHERE o.name = 'Broken'").Single();
        Assert.StartsWith("malformed feed:", error);
        Assert.Equal(1, failures);
        Assert.Null(pipeline.Scalar<string?>("SELECT etag FROM feeds WHERE url = @u", new { u = server.Url("/broken") }));
    }

    [Fact]
    public async Task EntityExpansionFeed_IsRejectedWithoutExpanding()
    {
        await using var server = await LoopbackServer.StartAsync();
        var bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">");
        var previous = "a";
        for (var i = 0; i < 10; i++)
        {
            bomb.Append($"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&{previous};", 10))}\">");
            previous = $"e{i}";
        }
        bomb.Append($"]><rss version=\"2.0\"><channel><title>&{previous};</title><item><link>/news/one</link></item></channel></rss>");
        server.MapText("/bomb", bomb.ToString(), "application/rss+xml");
        using var pipeline = new TestPipeline(TestPipeline.Config(("Bomb", [server.Url("/bomb")])));

        var (poll, _, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, poll.Errors);
        Assert.StartsWith("malformed feed:", pipeline.Scalar<string>("SELECT last_error FROM feeds"));
        Assert.Equal(0, pipeline.Scalar<int>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task FeedOnAPrivateAddress_IsRefusedUnlessTheOutletAllowsIt()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/news/one"), "application/rss+xml");
        var config = TestPipeline.Config(("Strict", [server.Url("/feed")])).Replace("\"allowPrivateAddresses\": true", "\"allowPrivateAddresses\": false");
        using var pipeline = new TestPipeline(config);

        var (poll, _, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, poll.Errors);
        Assert.Contains("not a public address", pipeline.Scalar<string>("SELECT last_error FROM feeds"));
        Assert.Empty(server.Requests);
        Assert.Equal("refused", pipeline.Scalar<string>("SELECT outcome FROM fetch_attempts"));
    }

    [Fact]
    public async Task HostNameResolvingToAPrivateAddress_IsRefusedAtConnect()
    {
        // This machine's own name resolves to a loopback or private address: the refusal must come from
        // checking what the name resolves to, since the URL holds no literal address.
        var host = Dns.GetHostName();
        var addresses = await Dns.GetHostAddressesAsync(host);
        Assert.NotEmpty(addresses);
        if (addresses.Any(NewsClaims.Ingestion.Http.AddressGuard.IsPublic))
            return;
        await using var server = await LoopbackServer.StartAsync();
        var url = server.Url("/feed").Replace("127.0.0.1", host);
        var config = TestPipeline.Config(("Strict", [url])).Replace("\"allowPrivateAddresses\": true", "\"allowPrivateAddresses\": false");
        using var pipeline = new TestPipeline(config);

        await pipeline.RunOnceAsync();

        Assert.Empty(server.Requests);
        var (outcome, error) = pipeline.Query<(string, string)>("SELECT outcome, error FROM fetch_attempts").Single();
        Assert.Equal("refused", outcome);
        Assert.Contains("resolves to a non-public address", error);
    }

    [Fact]
    public async Task ArticleLinkedFromAPublicFeedToAnIntranetAddress_IsRefused()
    {
        await using var server = await LoopbackServer.StartAsync();
        // The outlet may read its feed from loopback, but the article points into a private range.
        server.MapText("/feed", Fixtures.Rss("http://10.255.255.1/internal/admin", "http://169.254.169.254/latest/meta-data/"), "application/rss+xml");
        var config = TestPipeline.Config(("Mixed", [server.Url("/feed")]));
        using var pipeline = new TestPipeline(config);
        var strict = pipeline.Services.Config.Outlets[0].Fetch with { AllowPrivateAddresses = false };

        foreach (var article in pipeline.Services.Articles.DueForFetch(10))
            Assert.Fail("nothing should be queued before the poll");
        await pipeline.Services.Poller.PollAsync(pipeline.Services.Config.Outlets[0], pipeline.Services.SyncOutlets()["Mixed"], default);
        foreach (var article in pipeline.Services.Articles.DueForFetch(10))
            await pipeline.Services.ArticleFetch.FetchOneAsync(article, default, strict);

        Assert.All(pipeline.Query<(string, string)>("SELECT stage, last_error FROM articles"), row =>
        {
            Assert.Equal("failed", row.Item1);
            Assert.Contains("not a public address", row.Item2);
        });
    }

    [Fact]
    public async Task SameArticleInTwoOutletsFeeds_IsStoredOnce()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed-a", Fixtures.Rss("/news/shared", "/news/only-a"), "application/rss+xml")
            .MapText("/feed-b", Fixtures.Rss(server.Url("/news/shared")), "application/rss+xml")
            .MapText("/news/shared", Fixtures.Article("Shared"))
            .MapText("/news/only-a", Fixtures.Article("Only A"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("A", [server.Url("/feed-a")]), ("B", [server.Url("/feed-b")])));

        var (poll, fetch, _, _) = await pipeline.RunOnceAsync();
        await pipeline.RunOnceAsync();

        Assert.Equal(2, poll.NewArticles);
        Assert.Equal(2, fetch.Stored);
        Assert.Equal(1, server.Count("/news/shared"));
        Assert.Equal(2, pipeline.Scalar<int>("SELECT COUNT(*) FROM article_feeds WHERE article_id = (SELECT id FROM articles WHERE url LIKE '%/news/shared')"));
    }

    [Fact]
    public async Task TrackingParameterVariants_AreStoredOnce()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/news/one?utm_source=rss&utm_medium=feed", "/news/one?fbclid=IwAR3x", "/news/one#comments", "/news/one"), "application/rss+xml")
            .MapText("/feed-2", Fixtures.Rss("/news/one?utm_campaign=weekly&gclid=77"), "application/rss+xml")
            .MapText("/news/one", Fixtures.Article("One"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("A", [server.Url("/feed"), server.Url("/feed-2")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, fetch.Stored);
        Assert.Equal([server.Url("/news/one")], pipeline.Query<string>("SELECT url FROM articles"));
        Assert.Equal(1, server.Count("/news/one"));
    }

    [Fact]
    public async Task PagesDeclaringTheSameCanonicalUrl_AreStoredOnce()
    {
        await using var server = await LoopbackServer.StartAsync();
        var canonical = server.Url("/news/the-story");
        server.MapText("/feed", Fixtures.Rss("/news/the-story", "/amp/the-story"), "application/rss+xml")
            .MapText("/news/the-story", Fixtures.Article("Story", canonical))
            .MapText("/amp/the-story", Fixtures.Article("Story (AMP)", canonical + "?utm_source=amp"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("A", [server.Url("/feed")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal((1, 1), (fetch.Stored, fetch.Duplicates));
        Assert.Equal(1, pipeline.Scalar<int>("SELECT COUNT(*) FROM raw_pages"));
        // The two pages are fetched side by side, so either may be the one kept; the kept article is known by the
        // canonical address either way, and the other points at it.
        Assert.Equal(canonical, pipeline.Scalar<string>("SELECT COALESCE(canonical_url, url) FROM articles WHERE stage NOT IN ('failed', 'duplicate', 'discovered')"));
        Assert.Equal(1, pipeline.Scalar<int>("SELECT COUNT(*) FROM articles a JOIN articles o ON o.id = a.duplicate_of WHERE a.stage = 'duplicate'"));
    }

    [Fact]
    public async Task RobotsDisallow_IsHonouredAndThePageNeverRequested()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/robots.txt", "User-agent: *\nDisallow: /private/\n\nUser-agent: NewsClaims\nDisallow: /members/\n", "text/plain")
            .MapText("/feed", Fixtures.Rss("/private/memo", "/members/only", "/public/story"), "application/rss+xml")
            .MapText("/public/story", Fixtures.Article("Public"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("A", [server.Url("/feed")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        // Our own group replaces the * group, so /private/ is allowed for us (and 404s) while /members/ is not.
        Assert.Equal((1, 2), (fetch.Stored, fetch.Failed));
        Assert.Equal(0, server.Count("/members/only"));
        Assert.Equal(1, server.Count("/private/memo"));
        Assert.Contains("robots.txt disallows", pipeline.Scalar<string>("SELECT last_error FROM articles WHERE url LIKE '%/members/only'"));
        Assert.Equal(1, server.Count("/robots.txt"));
    }

    [Fact]
    public async Task RobotsServerError_IsATransientFailureNotAPermanentOne()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Map("/robots.txt", ctx =>
            {
                ctx.Response.StatusCode = 503;
                return Task.CompletedTask;
            })
            .MapText("/feed", Fixtures.Rss("/news/one"), "application/rss+xml");
        using var pipeline = new TestPipeline(TestPipeline.Config(("A", [server.Url("/feed")])));

        var (poll, _, _, _) = await pipeline.RunOnceAsync();

        // Crawling blind would ignore the site's wishes; giving up for good would lose the feed. It is retried next poll.
        Assert.Equal(1, poll.Errors);
        Assert.Contains("robots.txt", pipeline.Scalar<string>("SELECT last_error FROM feeds"));
        Assert.Equal(0, server.Count("/feed"));
        Assert.Equal("transient", pipeline.Scalar<string>("SELECT outcome FROM fetch_attempts ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task Politeness_SpacesRequestsToOneHost()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/n/1", "/n/2", "/n/3", "/n/4"), "application/rss+xml");
        for (var i = 1; i <= 4; i++)
            server.MapText($"/n/{i}", Fixtures.Article($"N{i}"));
        var config = TestPipeline.Config(("A", [server.Url("/feed")])).Replace("\"minDelaySeconds\": 0", "\"minDelaySeconds\": 0.25");
        using var pipeline = new TestPipeline(config);

        await pipeline.RunOnceAsync();

        // When each request was sent, as the fetcher recorded it (server arrival times bunch up on a busy machine).
        var starts = pipeline.Query<string>("SELECT attempted_at FROM fetch_attempts WHERE url LIKE '%/n/%' ORDER BY attempted_at")
            .Select(t => DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var log = string.Join("; ", pipeline.Query<(string, string, string, string)>("SELECT url, attempted_at, outcome, coalesce(error,'') FROM fetch_attempts"));
        Assert.True(starts.Count == 4, log);
        for (var i = 1; i < starts.Count; i++)
            Assert.True(starts[i] - starts[i - 1] >= TimeSpan.FromMilliseconds(240), $"gap {i}: {starts[i] - starts[i - 1]}: {log}");
    }
}
