using Microsoft.Extensions.Logging;
using NewsClaims.Storage.Status;

namespace NewsClaims.App.Pipeline;

/// <summary><c>run --once</c>: poll every enabled outlet, then run each later stage until nothing is due.</summary>
public static class RunOnce
{
    /// <summary>What the stages after fetching did with what was waiting for them.</summary>
    public sealed record Processed(ExtractStage.Summary Extract, AnalyzeStage.Summary Analyze, ReconcileStage.Summary Reconcile);

    /// <summary>What one pass did, and how many articles wait for a retry time.</summary>
    public sealed record Result(PollSummary Poll, FetchSummary Fetch, Processed Processed, long Waiting);

    public static async Task<Result> RunAsync(PipelineServices services, CancellationToken ct)
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
        var processed = ProcessStored(services, ct);
        return new Result(poll, fetch, processed, new StatusQueries(services.Database, services.Time).Stages().Waiting);
    }

    /// <summary>Runs every stage after fetching over what is due: extraction of stored pages, analysis of their text, then
    /// reconciliation of the stories the new analyses touch.</summary>
    public static Processed ProcessStored(PipelineServices services, CancellationToken ct)
    {
        var extract = services.Extract.Drain(ct);
        var analyze = services.Analyze.Drain(ct);
        return new Processed(extract, analyze, services.ReconcileStage.Drain(ct));
    }

    public static string Describe(Result r) =>
        $"Polled {r.Poll.Feeds} feeds ({r.Poll.NotModified} unchanged, {r.Poll.Errors} failed): {r.Poll.NewArticles} new articles.{Environment.NewLine}" +
        $"Fetched {r.Fetch.Done} articles: {r.Fetch.Stored} stored, {r.Fetch.Duplicates} duplicates, {r.Fetch.Failed} failed; {r.Waiting} waiting for a retry.{Environment.NewLine}" +
        Describe(r.Processed);

    public static string Describe(Processed p) =>
        Describe(p.Extract) + Environment.NewLine + Describe(p.Analyze) + Environment.NewLine + Describe(p.Reconcile);

    public static string Describe(ReconcileStage.Summary r) =>
        $"Reconciled {r.Stories} stories ({r.Joined} articles placed, {r.NewStories} new stories): {r.Groups} claim groups, {r.Discrepancies} flagged.";

    public static string Describe(ExtractStage.Summary extract) =>
        $"Extracted {extract.Done} pages: {extract.Articles} articles, {extract.NotArticles} not articles, {extract.Failed} failed.";

    public static string Describe(AnalyzeStage.Summary analyze) =>
        $"Analysed {analyze.Done} articles: {analyze.Figures} figures, {analyze.Dates} dates, {analyze.Failed} failed.";
}
