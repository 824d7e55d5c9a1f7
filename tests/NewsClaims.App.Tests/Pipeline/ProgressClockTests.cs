using NewsClaims.App.Pipeline;

namespace NewsClaims.App.Tests.Pipeline;

public class ProgressClockTests
{
    private sealed class SettableTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void IsDue_OncePerIntervalEvenWhenManyAsk()
    {
        var time = new SettableTime();
        var clock = new ProgressClock(time, TimeSpan.FromSeconds(5));
        Assert.False(clock.IsDue());
        time.Now += TimeSpan.FromSeconds(5);
        var due = Enumerable.Range(0, 1000).AsParallel().Count(_ => clock.IsDue());
        Assert.Equal(1, due);
        time.Now += TimeSpan.FromSeconds(4);
        Assert.False(clock.IsDue());
        time.Now += TimeSpan.FromSeconds(1);
        Assert.True(clock.IsDue());
    }
}
