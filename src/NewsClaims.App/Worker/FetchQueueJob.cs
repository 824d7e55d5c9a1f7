using Microsoft.Extensions.Logging;
using NewsClaims.App.Pipeline;
using Quartz;

namespace NewsClaims.App.Worker;

/// <summary>Quartz job: drains the fetch queue under the politeness rules, then extracts and analyses what was fetched. Runs on a short timer and whenever a poll finds news.</summary>
[DisallowConcurrentExecution]
public sealed class FetchQueueJob(PipelineServices services) : IJob
{
    public static readonly JobKey Key = new("fetch-queue");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var log = services.Logging.CreateLogger("worker");
        try
        {
            var summary = await services.ArticleFetch.DrainAsync(cancellationToken).ConfigureAwait(false);
            if (summary.Done > 0)
            {
                log.LogInformation("fetch queue: {Stored} stored, {Duplicates} duplicates, {Failed} failed, {Retrying} to retry later",
                    summary.Stored, summary.Duplicates, summary.Failed, summary.Retrying);
            }
            var (extracted, analyzed, reconciled) = RunOnce.ProcessStored(services, cancellationToken);
            if (extracted.Done > 0)
                log.LogInformation("extracted {Articles} articles, {NotArticles} not articles, {Failed} failed", extracted.Articles, extracted.NotArticles, extracted.Failed);
            if (analyzed.Done > 0)
                log.LogInformation("analysed {Articles} articles: {Figures} figures, {Dates} dates, {Failed} failed", analyzed.Analyzed, analyzed.Figures, analyzed.Dates, analyzed.Failed);
            if (reconciled.Stories > 0)
                log.LogInformation("{Summary}", RunOnce.Describe(reconciled));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogError(e, "fetch queue failed unexpectedly");
        }
    }
}
