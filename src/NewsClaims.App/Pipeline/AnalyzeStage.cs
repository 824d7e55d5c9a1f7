using Microsoft.Extensions.Logging;
using NewsClaims.Core.Analysis;
using NewsClaims.Storage;
using NewsClaims.Storage.Analyses;

namespace NewsClaims.App.Pipeline;

/// <summary>Finds figures and dates in extracted articles: after each extraction drain, and over all extracted articles for <c>reprocess</c>.</summary>
/// <remarks>Each article's result is written in its own transaction, so a stop at any point keeps what was done.</remarks>
public sealed class AnalyzeStage(PipelineServices services)
{
    private const int BatchSize = 64;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private readonly ILogger _log = services.Logging.CreateLogger("analyze");

    /// <summary>How many articles were analysed, how many figures and dates they held, and how many could not be analysed.</summary>
    public sealed record Summary(int Analyzed, long Figures, long Dates, int Failed)
    {
        public int Done => Analyzed + Failed;
    }

    /// <summary>Analyses every extracted article that has not been analysed yet.</summary>
    public Summary Drain(CancellationToken ct) => Run(_ => services.Analyses.DueForAnalysis(BatchSize), ct);

    /// <summary>Re-analyses every extracted article (or, with <paramref name="onlyOutdated"/>, those an older analyzer version did).</summary>
    public Summary Reprocess(bool onlyOutdated, CancellationToken ct) =>
        Run(after => services.Analyses.Extracted(after, BatchSize, onlyOutdated ? TextAnalyzer.Version : null), ct);

    private Summary Run(Func<long, IReadOnlyList<AnalysisStore.Pending>> next, CancellationToken ct)
    {
        var counts = new long[4]; // analysed, figures, dates, failed
        var progress = new ProgressClock(services.Time, ProgressEvery);
        StageBatches.Run(next, a => a.Id, article =>
        {
            AnalyzeOne(article, counts);
            if (progress.IsDue())
                _log.LogInformation("analysed {Done} so far: {Figures} figures, {Dates} dates, {Failed} failed",
                    Interlocked.Read(ref counts[0]), Interlocked.Read(ref counts[1]), Interlocked.Read(ref counts[2]), Interlocked.Read(ref counts[3]));
        }, ct);
        return new Summary((int)counts[0], counts[1], counts[2], (int)counts[3]);
    }

    private void AnalyzeOne(AnalysisStore.Pending article, long[] counts)
    {
        try
        {
            var anchor = ArticleAnchor.Date(article.Published, article.FeedPublished, DbTime.Parse(article.FetchedAt) ?? services.Time.GetUtcNow());
            var dayFirst = ArticleAnchor.DayFirst(article.Language);
            var analysis = TextAnalyzer.Analyze(article.Text, anchor, dayFirst);
            services.Analyses.Save(article.Id, analysis, dayFirst, TextAnalyzer.Version);
            Interlocked.Increment(ref counts[0]);
            Interlocked.Add(ref counts[1], analysis.Figures.Count);
            Interlocked.Add(ref counts[2], analysis.Dates.Count);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not Microsoft.Data.Sqlite.SqliteException)
        {
            // A text that breaks the analyzer is marked failed with the reason; the extraction stays for reprocess.
            _log.LogWarning(e, "{Url}: analysis failed", article.Url);
            services.Articles.MarkFailed(article.Id, $"analyze: {e.GetType().Name}: {e.Message}");
            Interlocked.Increment(ref counts[3]);
        }
    }
}
