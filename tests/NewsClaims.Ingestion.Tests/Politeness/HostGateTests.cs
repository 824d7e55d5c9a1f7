using NewsClaims.Ingestion.Politeness;

namespace NewsClaims.Ingestion.Tests.Politeness;

public class HostGateTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AcquireAsync_SpacesRequestsToOneHostByTheMinimumDelay()
    {
        var time = new ManualTime(Start);
        var gate = new HostGate(time);
        (await gate.AcquireAsync("news.example", 4, TimeSpan.FromSeconds(2), default)).Dispose();
        var second = gate.AcquireAsync("news.example", 4, TimeSpan.FromSeconds(2), default);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        (await second).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_WaitersThatWakeLateStillStartMinDelayApart()
    {
        var time = new ManualTime(Start);
        var gate = new HostGate(time);
        (await gate.AcquireAsync("news.example", 4, TimeSpan.FromSeconds(2), default)).Dispose();
        var second = gate.AcquireAsync("news.example", 4, TimeSpan.FromSeconds(2), default);
        var third = gate.AcquireAsync("news.example", 4, TimeSpan.FromSeconds(2), default);
        // The machine stalls: both timers fire ten seconds late, at the same moment.
        time.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(50);
        Assert.Equal(1, new[] { second, third }.Count(t => t.IsCompleted));
        time.Advance(TimeSpan.FromSeconds(2));
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_DoesNotDelayOtherHosts()
    {
        var gate = new HostGate(new ManualTime(Start));
        (await gate.AcquireAsync("a.example", 1, TimeSpan.FromMinutes(1), default)).Dispose();
        var other = gate.AcquireAsync("b.example", 1, TimeSpan.FromMinutes(1), default);
        Assert.True(other.IsCompleted);
        (await other).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_CapsConcurrentRequestsPerHost()
    {
        var gate = new HostGate(new ManualTime(Start));
        var first = await gate.AcquireAsync("a.example", 2, TimeSpan.Zero, default);
        var second = await gate.AcquireAsync("a.example", 2, TimeSpan.Zero, default);
        var third = gate.AcquireAsync("a.example", 2, TimeSpan.Zero, default);
        await Task.Delay(50);
        Assert.False(third.IsCompleted);
        first.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task AcquireAsync_CancelledWaitReleasesItsSlot()
    {
        var time = new ManualTime(Start);
        var gate = new HostGate(time);
        (await gate.AcquireAsync("a.example", 1, TimeSpan.FromSeconds(10), default)).Dispose();
        using var cts = new CancellationTokenSource();
        var waiting = gate.AcquireAsync("a.example", 1, TimeSpan.FromSeconds(10), cts.Token);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        time.Advance(TimeSpan.FromSeconds(30));
        var next = gate.AcquireAsync("a.example", 1, TimeSpan.Zero, default);
        (await next.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
