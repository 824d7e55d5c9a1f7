namespace NewsClaims.App.Configuration;

/// <summary>When an outlet is polled: every fixed interval, or on a Quartz cron expression.</summary>
public sealed record Schedule(TimeSpan? Interval, string? Cron)
{
    public static Schedule Every(TimeSpan interval) => new(interval, null);

    /// <summary>The next poll after <paramref name="after"/>, for status and the outlets table.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) =>
        Interval is { } interval ? after + interval
        : Cron is { } cron ? new Quartz.CronExpression(cron, TimeZoneInfo.Utc).GetNextValidTimeAfter(after)
        : null;

    public override string ToString() => Interval is { } i ? $"every {i}" : $"cron {Cron}";
}
