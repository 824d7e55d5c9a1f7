using Microsoft.Extensions.Logging;
using NewsClaims.Storage.Status;

namespace NewsClaims.App.Pipeline;

/// <summary><c>run --once</c>: poll every enabled outlet, then run each later stage until nothing is due.</summary>
public static class RunOnce
{
    public static async Task<(PollSummary Poll, FetchSummary Fetch, ExtractStage.Summary Extract, long Waiting)> RunAsync(PipelineServices services, CancellationToken ct)
    {
        var log = services.Logging.CreateLogger("run");
        var ids = services.SyncOutlets();
        var poll = PollSummary.Empty;
        var gate = new object();
        var enabled = services.Config.Outlets.Where(o => o.Enabled).ToList();
        log.LogInformation("polling {Count} outlets", enabled.Count);
        await Parallel.ForEachAsync(enabled, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (outlet, token) =>
        {
            var summary = await services.Poller.PollAsync(outlet, ids[outlet.Name], token).ConfigureAwait(false);
            lock (gate)
                poll = poll.Add(summary);
        }).ConfigureAwait(false);
        var fetch = await services.ArticleFetch.DrainAsync(ct).ConfigureAwait(false);
        var extract = services.Extract.Drain(ct);
        return (poll, fetch, extract, new StatusQueries(services.Database, services.Time).Stages().Waiting);
    }

    public static string Describe(PollSummary poll, FetchSummary fetch, ExtractStage.Summary extract, long waiting) =>
        $"Polled {poll.Feeds} feeds ({poll.NotModified} unchanged, {poll.Errors} failed): {poll.NewArticles} new articles.{Environment.NewLine}" +
        $"Fetched {fetch.Done} articles: {fetch.Stored} stored, {fetch.Duplicates} duplicates, {fetch.Failed} failed; {waiting} waiting for a retry.{Environment.NewLine}" +
        Describe(extract);

    public static string Describe(ExtractStage.Summary extract) =>
        $"Extracted {extract.Done} pages: {extract.Articles} articles, {extract.NotArticles} not articles, {extract.Failed} failed.";
}
