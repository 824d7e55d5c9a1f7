using Microsoft.Extensions.Logging;
using NewsClaims.Ingestion.Http;
using NewsClaims.Ingestion.Pages;
using NewsClaims.Storage.Articles;

namespace NewsClaims.App.Pipeline;

/// <summary>Drains the fetch queue: each due article is fetched under its outlet's rules and stored, or its failure recorded.</summary>
/// <remarks>
/// Each article is written in its own transaction, so stopping at any point (Ctrl+C, a kill) keeps everything
/// already stored, and what was in flight is simply still queued next time. A transient failure goes back in the
/// queue with a growing delay, up to <see cref="MaxRounds"/> rounds; then it is recorded as failed with its reason.
/// </remarks>
public sealed class ArticleFetchStage(PipelineServices services)
{
    public const int MaxRounds = 5;
    private const int BatchSize = 64;
    private const int Parallelism = 8;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private readonly ILogger _log = services.Logging.CreateLogger("fetch");

    public async Task<FetchSummary> DrainAsync(CancellationToken ct)
    {
        var counts = new int[4];
        var progress = new ProgressClock(services.Time, ProgressEvery);
        while (!ct.IsCancellationRequested)
        {
            var batch = services.Articles.DueForFetch(BatchSize);
            if (batch.Count == 0)
                break;
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
                async (article, token) =>
                {
                    var step = await FetchOneAsync(article, token).ConfigureAwait(false);
                    Interlocked.Increment(ref counts[(int)step]);
                    if (progress.IsDue())
                    {
                        var so = Summary(counts);
                        _log.LogInformation("fetched {Done} so far: {Stored} stored, {Duplicates} duplicates, {Failed} failed, {Retrying} to retry later",
                            so.Done, so.Stored, so.Duplicates, so.Failed, so.Retrying);
                    }
                }).ConfigureAwait(false);
        }
        return Summary(counts);
    }

    private static FetchSummary Summary(int[] counts) => new(
        Volatile.Read(ref counts[(int)FetchStep.Stored]), Volatile.Read(ref counts[(int)FetchStep.Duplicate]),
        Volatile.Read(ref counts[(int)FetchStep.Failed]), Volatile.Read(ref counts[(int)FetchStep.Retrying]));

    /// <summary>Fetches and stores one article, or records why it could not be.</summary>
    public async Task<FetchStep> FetchOneAsync(QueuedArticle article, CancellationToken ct, FetchOptions? options = null)
    {
        options ??= services.Config.Find(article.OutletName)?.Fetch ?? FetchOptions.Default;
        var result = await services.Fetcher.FetchAsync(article.Url, options, null, ct).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            var finalUrl = result.FinalUrl ?? article.Url;
            var canonical = FindCanonical(result, finalUrl);
            var page = new StoredPage(finalUrl, result.Status ?? 200, result.ContentType, result.FetchedAt, result.Body);
            var saved = services.Articles.SaveFetched(article.Id, page, canonical, result.ToRecords());
            return saved == SaveOutcome.Duplicate ? FetchStep.Duplicate : FetchStep.Stored;
        }

        var now = services.Time.GetUtcNow();
        var round = article.Attempts + 1;
        DateTimeOffset? retryAt = null;
        var error = result.Error ?? result.Outcome.ToString();
        if (result.Outcome == FetchOutcome.Transient)
        {
            if (round < MaxRounds)
            {
                var queued = now + TimeSpan.FromMinutes(5 * Math.Pow(2, round - 1));
                retryAt = result.RetryAt > queued ? result.RetryAt : queued;
            }
            else
            {
                error = $"gave up after {MaxRounds} rounds: {error}";
            }
        }
        services.Articles.RecordFailure(article.Id, error, retryAt, result.ToRecords());
        if (retryAt is null)
            _log.LogWarning("{Url}: {Error}", article.Url, error);
        return retryAt is null ? FetchStep.Failed : FetchStep.Retrying;
    }

    private string? FindCanonical(FetchResult result, string finalUrl)
    {
        try
        {
            return CanonicalLink.Find(result.Body, result.ContentType, new Uri(finalUrl));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A page we cannot read for its canonical link is still worth keeping; extraction will judge it.
            _log.LogDebug(e, "{Url}: no canonical link read", finalUrl);
            return null;
        }
    }
}
