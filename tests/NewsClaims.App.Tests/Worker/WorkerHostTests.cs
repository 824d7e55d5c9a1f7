using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using NewsClaims.App.Tests.Support;
using NewsClaims.App.Worker;

namespace NewsClaims.App.Tests.Worker;

/// <summary>The worker on the real Quartz scheduler: polls on schedule, fetches what is new, stops cleanly.</summary>
public class WorkerHostTests
{
    [Fact]
    public async Task Worker_PollsOnScheduleFetchesNewArticlesAndStopsCleanly()
    {
        await using var server = await LoopbackServer.StartAsync();
        var links = new List<string> { "/news/first" };
        server.Map("/feed", ctx =>
            {
                ctx.Response.ContentType = "application/rss+xml";
                lock (links)
                    return ctx.Response.WriteAsync(Fixtures.Rss([.. links]));
            })
            .MapText("/news/first", Fixtures.Article("First"))
            .MapText("/news/second", Fixtures.Article("Second"));
        var config = TestPipeline.Config(("Scheduled", [server.Url("/feed")])).Replace("\"name\": \"Scheduled\",", "\"name\": \"Scheduled\", \"schedule\": \"1s\",");
        using var pipeline = new TestPipeline(config);
        using var host = WorkerHost.Build(pipeline.Services);

        await host.StartAsync();
        await WaitUntil(() => pipeline.Scalar<int>("SELECT COUNT(*) FROM raw_pages") == 1);
        lock (links)
            links.Add("/news/second");
        await WaitUntil(() => pipeline.Scalar<int>("SELECT COUNT(*) FROM raw_pages") == 2);
        await host.StopAsync();

        Assert.True(server.Count("/feed") >= 2);
        Assert.Equal(1, server.Count("/news/first"));
        Assert.Equal(1, server.Count("/news/second"));
        Assert.NotNull(pipeline.Scalar<string?>("SELECT next_poll_at FROM outlets WHERE name = 'Scheduled'"));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("the worker did not get there in 30 seconds");
            await Task.Delay(50);
        }
    }
}
