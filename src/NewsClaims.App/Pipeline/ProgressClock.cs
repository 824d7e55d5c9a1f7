namespace NewsClaims.App.Pipeline;

/// <summary>Says when a progress line is due: at most once per interval, safe to ask from many threads.</summary>
public sealed class ProgressClock(TimeProvider time, TimeSpan every)
{
    private long _nextTicks = (time.GetUtcNow() + every).UtcTicks;

    public bool IsDue()
    {
        var now = time.GetUtcNow().UtcTicks;
        var next = Interlocked.Read(ref _nextTicks);
        return now >= next && Interlocked.CompareExchange(ref _nextTicks, now + every.Ticks, next) == next;
    }
}
