using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsClaims.App.Pipeline;
using Quartz;

namespace NewsClaims.App.Worker;

/// <summary>The background worker: Generic Host + Quartz, one poll job per enabled outlet on its schedule and one fetch job.</summary>
/// <remarks>
/// Stopping (Ctrl+C, SIGTERM) cancels the jobs, waits for them to finish the write in hand, and exits;
/// every stage commits per article, so nothing accepted is lost and nothing is stored twice.
/// </remarks>
public static class WorkerHost
{
    public static readonly TimeSpan FetchInterval = TimeSpan.FromSeconds(30);

    public static IHost Build(PipelineServices services)
    {
        var ids = new OutletIds(services.SyncOutlets());
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(services);
        builder.Services.AddSingleton(ids);
        builder.Services.AddSingleton(services.Logging);
        builder.Services.AddLogging();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddQuartz(q =>
        {
            q.UseTimeProvider(services.Time);
            q.AddJob<FetchQueueJob>(j => j.WithIdentity(FetchQueueJob.Key));
            q.AddTrigger(t => t.ForJob(FetchQueueJob.Key).WithIdentity("fetch-queue-timer")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(FetchInterval).RepeatForever()));
            foreach (var outlet in services.Config.Outlets.Where(o => o.Enabled))
            {
                var key = new JobKey($"poll:{outlet.Name}");
                q.AddJob<PollOutletJob>(j => j.WithIdentity(key).UsingJobData(PollOutletJob.OutletKey, outlet.Name));
                q.AddTrigger(t =>
                {
                    t.ForJob(key).WithIdentity($"poll:{outlet.Name}:schedule").StartNow();
                    if (outlet.Schedule.Interval is { } interval)
                        t.WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount));
                    else
                        t.WithCronSchedule(outlet.Schedule.Cron!, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
                });
                if (outlet.Schedule.Cron is not null)
                {
                    // A cron outlet is also polled once at start, so a fresh worker shows news without waiting for the first cron time.
                    q.AddTrigger(t => t.ForJob(key).WithIdentity($"poll:{outlet.Name}:at-start").StartNow());
                }
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        var host = builder.Build();
        var log = services.Logging.CreateLogger("worker");
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() => log.LogInformation("worker started: {Outlets} outlets scheduled, database {Db}; Ctrl+C stops",
            services.Config.Outlets.Count(o => o.Enabled), services.Database.Path));
        lifetime.ApplicationStopping.Register(() => log.LogInformation("stopping: finishing the writes in hand"));
        lifetime.ApplicationStopped.Register(() => log.LogInformation("worker stopped; everything fetched so far is stored, the rest resumes next start"));
        return host;
    }
}
