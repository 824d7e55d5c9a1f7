using System.Collections.Concurrent;
using System.Text;
using NewsClaims.Ingestion.Http;

namespace NewsClaims.Ingestion.Robots;

/// <summary>robots.txt per origin, fetched once and kept for a day (RFC 9309 asks for no more than 24 hours).</summary>
/// <remarks>
/// A 4xx means no rules (everything allowed). A 5xx or an unreachable server yields null: the caller treats the
/// page as a transient failure and tries later, rather than crawling blind or failing the page for good.
/// </remarks>
internal sealed class RobotsCache(Fetcher fetcher, TimeProvider time, string productToken)
{
    private const int MaxBytes = 512 * 1024;
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan FailureLifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsRules?> GetAsync(Uri page, FetchOptions options, CancellationToken ct)
    {
        var origin = page.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        var entry = _entries.AddOrUpdate(origin,
            _ => new Entry(LoadAsync(origin, options, ct), now),
            (_, old) => old.IsFresh(now) ? old : new Entry(LoadAsync(origin, options, ct), now));
        var (rules, ok) = await entry.Task.ConfigureAwait(false);
        if (!ok)
            entry.Expire(now + FailureLifetime);
        return rules;
    }

    private async Task<(RobotsRules?, bool)> LoadAsync(string origin, FetchOptions options, CancellationToken ct)
    {
        var robotsOptions = options with { MaxAttempts = 1, MaxBodyBytes = MaxBytes };
        var result = await fetcher.FetchHttpAsync(new Uri(origin + "/robots.txt"), robotsOptions, ConditionalRequest.None, checkRobots: false, ct)
            .ConfigureAwait(false);
        return result.Outcome switch
        {
            FetchOutcome.Ok => (RobotsRules.Parse(Encoding.UTF8.GetString(result.Body), productToken), true),
            FetchOutcome.Permanent when result.Status is >= 400 and < 500 => (RobotsRules.AllowAll, true),
            FetchOutcome.Permanent => (RobotsRules.AllowAll, true),  // too large, redirect loop: RFC 9309 treats as unavailable
            FetchOutcome.Refused => (RobotsRules.AllowAll, true),    // the page itself will be refused on the same grounds
            _ => (null, false),
        };
    }

    private sealed class Entry(Task<(RobotsRules?, bool)> task, DateTimeOffset loaded)
    {
        private DateTimeOffset _expires = loaded + Lifetime;

        public Task<(RobotsRules?, bool)> Task { get; } = task;

        public bool IsFresh(DateTimeOffset now) => now < _expires;

        public void Expire(DateTimeOffset at) => _expires = at < _expires ? at : _expires;
    }
}
