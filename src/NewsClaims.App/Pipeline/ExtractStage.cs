using Microsoft.Extensions.Logging;
using NewsClaims.App.Extraction;
using NewsClaims.Core.Extraction;
using NewsClaims.Storage.Extractions;

namespace NewsClaims.App.Pipeline;

/// <summary>Runs extraction on stored raw pages: after each fetch drain, and over all kept pages for <c>reprocess</c>.</summary>
/// <remarks>Each article's result is written in its own transaction, so a stop at any point keeps what was done.</remarks>
public sealed class ExtractStage(PipelineServices services)
{
    private const int BatchSize = 64;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private readonly ILogger _log = services.Logging.CreateLogger("extract");

    /// <summary>How many pages were read as articles, as not articles, and how many could not be read.</summary>
    public sealed record Summary(int Articles, int NotArticles, int Failed)
    {
        public int Done => Articles + NotArticles + Failed;
    }

    /// <summary>Extracts every fetched article that has not been extracted yet.</summary>
    public Summary Drain(CancellationToken ct) => Run(_ => services.Extractions.DueForExtraction(BatchSize), ct);

    /// <summary>Re-extracts every kept page (or, with <paramref name="onlyOutdated"/>, those an older extractor version did).</summary>
    public Summary Reprocess(bool onlyOutdated, CancellationToken ct) =>
        Run(after => services.Extractions.KeptPages(after, BatchSize, onlyOutdated ? ArticleExtractor.Version : null), ct);

    private Summary Run(Func<long, IReadOnlyList<ExtractionStore.Pending>> next, CancellationToken ct)
    {
        var counts = new int[3];
        var progress = new ProgressClock(services.Time, ProgressEvery);
        StageBatches.Run(next, a => a.Id, article =>
        {
            var slot = ExtractOne(article);
            Interlocked.Increment(ref counts[slot]);
            if (progress.IsDue())
                _log.LogInformation("extracted {Done} so far: {Articles} articles, {NotArticles} not articles, {Failed} failed",
                    Volatile.Read(ref counts[0]) + Volatile.Read(ref counts[1]) + Volatile.Read(ref counts[2]),
                    Volatile.Read(ref counts[0]), Volatile.Read(ref counts[1]), Volatile.Read(ref counts[2]));
        }, ct);
        return new Summary(counts[0], counts[1], counts[2]);
    }

    private int ExtractOne(ExtractionStore.Pending article)
    {
        try
        {
            var page = services.Articles.LoadPage(article.Id);
            if (page is null)
                return 2;
            var result = ArticleExtractor.Extract(page.Body, page.ContentType, page.FinalUrl, services.Time.GetUtcNow());
            services.Extractions.Save(article.Id, ExtractionJson.ToRow(result));
            return result.IsArticle ? 0 : 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not Microsoft.Data.Sqlite.SqliteException)
        {
            // A page that breaks the extractor is marked failed with the reason; its raw page stays for reprocess.
            _log.LogWarning(e, "{Url}: extraction failed", article.Url);
            services.Articles.MarkFailed(article.Id, $"extract: {e.GetType().Name}: {e.Message}");
            return 2;
        }
    }
}
