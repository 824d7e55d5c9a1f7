using Microsoft.Extensions.Logging;
using NewsClaims.App.Pipeline;
using Quartz;

namespace NewsClaims.App.Worker;

/// <summary>Quartz job: polls one outlet (named in the job data), then nudges the fetch job. Never two runs of one outlet at once.</summary>
[DisallowConcurrentExecution]
public sealed class PollOutletJob(PipelineServices services, OutletIds ids) : IJob
{
    public const string OutletKey = "outlet";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.MergedJobDataMap.GetString(OutletKey)!;
        var outlet = services.Config.Find(name);
        if (outlet is null)
            return;
        var log = services.Logging.CreateLogger("worker");
        try
        {
            var summary = await services.Poller.PollAsync(outlet, ids.Of(name), cancellationToken).ConfigureAwait(false);
            if (summary.NewArticles > 0)
                await context.Scheduler.TriggerJob(FetchQueueJob.Key, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: what was stored stays stored; the rest is polled next time.
        }
        catch (Exception e)
        {
            // A bug in one outlet's poll must not take the scheduler down; it is logged and retried on schedule.
            log.LogError(e, "{Outlet}: poll failed unexpectedly", name);
        }
    }
}
