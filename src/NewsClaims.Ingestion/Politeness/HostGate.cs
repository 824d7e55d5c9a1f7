using System.Collections.Concurrent;

namespace NewsClaims.Ingestion.Politeness;

/// <summary>Per-host politeness: at most N requests in flight to a host, and a minimum gap between their starts.</summary>
/// <remarks>Shared by every outlet in the process, so two outlets on one host do not double its load.</remarks>
public sealed class HostGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot on <paramref name="host"/>; dispose the lease when the request is done.</summary>
    public async Task<IDisposable> AcquireAsync(string host, int maxConcurrency, TimeSpan minDelay, CancellationToken ct)
    {
        var state = _hosts.GetOrAdd(host, _ => new HostState(Math.Max(1, maxConcurrency)));
        await state.Slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // Claim the start time only when it has actually come: a waiter that wakes late (a busy machine)
            // re-checks, so real starts stay spaced by minDelay instead of bunching up.
            while (true)
            {
                TimeSpan wait;
                lock (state)
                {
                    var now = time.GetUtcNow();
                    wait = state.NextStart - now;
                    if (wait <= TimeSpan.Zero)
                    {
                        state.NextStart = now + minDelay;
                        return new Lease(state.Slots);
                    }
                }
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }
        }
        catch
        {
            state.Slots.Release();
            throw;
        }
    }

    private sealed class HostState(int slots)
    {
        public SemaphoreSlim Slots { get; } = new(slots, slots);
        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                slots.Release();
        }
    }
}
