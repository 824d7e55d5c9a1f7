using NewsClaims.Ingestion.Http;

namespace NewsClaims.Ingestion.Tests.Http;

public class BackoffTests
{
    [Fact]
    public void Delay_GrowsExponentiallyWithinJitterBounds()
    {
        var random = new Random(7);
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var ceiling = TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
            for (var i = 0; i < 50; i++)
            {
                var delay = Backoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), random);
                Assert.InRange(delay, ceiling * 0.25, ceiling);
            }
        }
    }

    [Fact]
    public void Delay_IsCapped() =>
        Assert.True(Backoff.Delay(40, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(1)) <= TimeSpan.FromSeconds(30));

    [Fact]
    public void Delay_JitterSpreadsRetries()
    {
        var random = new Random(3);
        var delays = Enumerable.Range(0, 20).Select(_ => Backoff.Delay(3, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), random)).Distinct().Count();
        Assert.True(delays > 10);
    }

    [Fact]
    public void ParseRetryAfter_ReadsSecondsAndHttpDates()
    {
        var now = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(120), Backoff.ParseRetryAfter("120", now));
        Assert.Equal(TimeSpan.FromSeconds(30), Backoff.ParseRetryAfter("Fri, 20 Nov 2026 10:00:30 GMT", now));
        Assert.Equal(TimeSpan.Zero, Backoff.ParseRetryAfter("Fri, 20 Nov 2026 09:00:00 GMT", now));
        Assert.Null(Backoff.ParseRetryAfter("soon", now));
        Assert.Null(Backoff.ParseRetryAfter(null, now));
    }
}
