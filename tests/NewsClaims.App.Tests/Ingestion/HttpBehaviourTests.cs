using Microsoft.AspNetCore.Http;
using NewsClaims.App.Tests.Support;

namespace NewsClaims.App.Tests.Ingestion;

/// <summary>Conditional GET, redirects, errors, retries, timeouts and limits against a real server.</summary>
public class HttpBehaviourTests
{
    [Fact]
    public async Task SecondPoll_SendsTheETagAndGets304()
    {
        await using var server = await LoopbackServer.StartAsync();
        var rss = Fixtures.Rss("/news/one");
        server.Map("/feed", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                ctx.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            ctx.Response.Headers.ETag = "\"v1\"";
            ctx.Response.ContentType = "application/rss+xml";
            return ctx.Response.WriteAsync(rss);
        }).MapText("/news/one", Fixtures.Article("One"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        await pipeline.RunOnceAsync();
        var (poll, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal((1, 0), (poll.NotModified, poll.NewArticles));
        Assert.Equal(0, fetch.Done);
        Assert.Equal("\"v1\"", server.Requests.Where(r => r.Path == "/feed").Last().IfNoneMatch);
        Assert.Equal(304, pipeline.Scalar<int>("SELECT last_status FROM feeds"));
    }

    [Fact]
    public async Task Redirects_AreFollowedAndTheFinalUrlKept()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/old-path"), "application/rss+xml")
            .Map("/old-path", ctx => Redirect(ctx, "/middle", 301))
            .Map("/middle", ctx => Redirect(ctx, server.Url("/final"), 307))
            .MapText("/final", Fixtures.Article("Moved"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, fetch.Stored);
        Assert.Equal(server.Url("/final"), pipeline.Scalar<string>("SELECT final_url FROM raw_pages"));
    }

    [Fact]
    public async Task RedirectLoop_FailsWithItsReason()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/loop-a"), "application/rss+xml")
            .Map("/loop-a", ctx => Redirect(ctx, "/loop-b"))
            .Map("/loop-b", ctx => Redirect(ctx, "/loop-a"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, fetch.Failed);
        Assert.Contains("redirect loop", pipeline.Scalar<string>("SELECT last_error FROM articles"));
        Assert.True(server.Count("/loop-a") <= 2);
    }

    [Fact]
    public async Task TooManyRedirects_FailWithItsReason()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/hop/0"), "application/rss+xml");
        for (var i = 0; i < 10; i++)
        {
            var next = $"/hop/{i + 1}";
            server.Map($"/hop/{i}", ctx => Redirect(ctx, next));
        }
        using var pipeline = new TestPipeline(TestPipeline.Config([("Fixture", [server.Url("/feed")])], "", ", \"maxRedirects\": 3"));

        await pipeline.RunOnceAsync();

        Assert.Contains("more than 3 redirects", pipeline.Scalar<string>("SELECT last_error FROM articles"));
    }

    [Fact]
    public async Task NotFound_IsAPermanentFailureRecordedWithItsStatus()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/gone"), "application/rss+xml");
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, fetch.Failed);
        Assert.Equal(("failed", "HTTP 404"), pipeline.Query<(string, string)>("SELECT stage, last_error FROM articles").Single());
        Assert.Equal(1, server.Count("/gone"));
        Assert.Equal(404, pipeline.Scalar<int>("SELECT status FROM fetch_attempts WHERE article_id IS NOT NULL"));
    }

    [Fact]
    public async Task ServerError_IsRetriedAndThenStored()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/flaky"), "application/rss+xml")
            .Map("/flaky", FailOnceThenServe(500, retryAfter: null, Fixtures.Article("Second time lucky")));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, fetch.Stored);
        Assert.Equal([500, 200], pipeline.Query<int>("SELECT status FROM fetch_attempts WHERE article_id IS NOT NULL ORDER BY id"));
    }

    [Fact]
    public async Task RetryAfter_IsWaitedOutBeforeTheNextTry()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/busy"), "application/rss+xml")
            .Map("/busy", FailOnceThenServe(503, retryAfter: "1", Fixtures.Article("After the wait")));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, fetch.Stored);
        var times = server.Requests.Where(r => r.Path == "/busy").Select(r => r.At).ToList();
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(0.9), $"second try came after {times[1] - times[0]}");
    }

    [Fact]
    public async Task RetryAfterBeyondTheLimit_PutsTheArticleBackInTheQueueUntilThen()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/later"), "application/rss+xml")
            .Map("/later", ctx =>
            {
                ctx.Response.StatusCode = 429;
                ctx.Response.Headers.RetryAfter = "3600";
                return Task.CompletedTask;
            });
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        var (_, fetch, _, waiting) = await pipeline.RunOnceAsync();

        Assert.Equal((1, 1L), (fetch.Retrying, waiting));
        Assert.Equal(1, server.Count("/later"));
        var next = DateTimeOffset.Parse(pipeline.Scalar<string>("SELECT next_attempt_at FROM articles"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(next > DateTimeOffset.UtcNow.AddMinutes(55));
    }

    [Fact]
    public async Task Timeout_IsTransientAndTheArticleStaysQueued()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/slow"), "application/rss+xml")
            .Map("/slow", async ctx =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { });
                await ctx.Response.WriteAsync("too late");
            });
        using var pipeline = new TestPipeline(TestPipeline.Config([("Fixture", [server.Url("/feed")])], "",
            ", \"maxAttempts\": 2, \"timeoutSeconds\": 0.3"));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, fetch.Retrying);
        var (stage, error) = pipeline.Query<(string, string)>("SELECT stage, last_error FROM articles").Single();
        Assert.Equal("discovered", stage);
        Assert.Contains("timed out", error);
        Assert.Equal(2, pipeline.Scalar<int>("SELECT COUNT(*) FROM fetch_attempts WHERE outcome = 'transient'"));
    }

    [Fact]
    public async Task OversizedBody_IsRefusedWithoutStoringIt()
    {
        await using var server = await LoopbackServer.StartAsync();
        var big = new string('x', 300_000);
        server.MapText("/feed", Fixtures.Rss("/huge", "/huge-chunked"), "application/rss+xml")
            .MapText("/huge", $"<html><body><p>{big}</p></body></html>")
            .Map("/huge-chunked", async ctx =>
            {
                // No Content-Length: the limit must hold while reading, too.
                for (var i = 0; i < 40; i++)
                {
                    await ctx.Response.WriteAsync(new string('y', 10_000));
                    await ctx.Response.Body.FlushAsync();
                }
            });
        using var pipeline = new TestPipeline(TestPipeline.Config([("Fixture", [server.Url("/feed")])], "", ", \"maxBodyBytes\": 100000"));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(2, fetch.Failed);
        Assert.All(pipeline.Query<string>("SELECT last_error FROM articles"), e => Assert.Contains("limit of 100000", e));
        Assert.Equal(0, pipeline.Scalar<int>("SELECT COUNT(*) FROM raw_pages"));
    }

    [Fact]
    public async Task Requests_NameTheProductAndContactInTheUserAgent()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", Fixtures.Rss("/news/one"), "application/rss+xml").MapText("/news/one", Fixtures.Article("One"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        await pipeline.RunOnceAsync();

        Assert.All(server.Requests, r => Assert.Matches(@"^NewsClaims/\d+\.\d+(\.\d+)? \(\+https://tests\.newsclaims\.example/contact\)$", r.UserAgent));
    }

    private static Func<HttpContext, Task> FailOnceThenServe(int status, string? retryAfter, string body)
    {
        var calls = 0;
        return ctx =>
        {
            if (Interlocked.Increment(ref calls) > 1)
                return ctx.Response.WriteAsync(body);
            ctx.Response.StatusCode = status;
            if (retryAfter is not null)
                ctx.Response.Headers.RetryAfter = retryAfter;
            return Task.CompletedTask;
        };
    }

    private static Task Redirect(HttpContext ctx, string to, int status = 302)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.Headers.Location = to;
        return Task.CompletedTask;
    }
}
