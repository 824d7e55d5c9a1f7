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
                    var slot = await FetchOneAsync(article, token).ConfigureAwait(false);
                    Interlocked.Increment(ref counts[slot]);
                    if (progress.IsDue())
                    {
                        _log.LogInformation("fetched {Done} so far: {Stored} stored, {Duplicates} duplicates, {Failed} failed, {Retrying} to retry later",
                            counts.Sum(), counts[0], counts[1], counts[2], counts[3]);
                    }
                }).ConfigureAwait(false);
        }
        return new FetchSummary(counts[0], counts[1], counts[2], counts[3]);
    }

    /// <summary>Fetches and stores one article; returns 0 stored, 1 duplicate, 2 failed, 3 retrying.</summary>
    public async Task<int> FetchOneAsync(QueuedArticle article, CancellationToken ct, FetchOptions? options = null)
    {
        options ??= services.Config.Find(article.OutletName)?.Fetch ?? FetchOptions.Default;
        var result = await services.Fetcher.FetchAsync(article.Url, options, null, ct).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            var finalUrl = result.FinalUrl ?? article.Url;
            var canonical = FindCanonical(result, finalUrl);
            var page = new StoredPage(finalUrl, result.Status ?? 200, result.ContentType, result.FetchedAt, result.Body);
            var saved = services.Articles.SaveFetched(article.Id, page, canonical, result.ToRecords());
            return saved == SaveOutcome.Duplicate ? 1 : 0;
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
        return retryAt is null ? 2 : 3;
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
