namespace NewsClaims.Ingestion.Http;

/// <summary>Per-outlet limits and politeness for fetching; the defaults are what an outlet gets unless feeds.json says otherwise.</summary>
public sealed record FetchOptions
{
    /// <summary>Least time between the starts of two requests to one host.</summary>
    public TimeSpan MinDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests in flight to one host at once.</summary>
    public int MaxConcurrencyPerHost { get; init; } = 2;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxBodyBytes { get; init; } = 10 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Tries within one fetch for timeouts, connection errors, 408, 429 and 5xx.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>First backoff; each further try doubles it, with full jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited out in-process: the work goes back to the queue until then.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Lets this outlet reach loopback and private addresses, and file: URLs under <see cref="FileRoot"/>.</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>The folder file: URLs must stay inside; null refuses file: URLs.</summary>
    public string? FileRoot { get; init; }

    public bool RespectRobots { get; init; } = true;

    public static FetchOptions Default { get; } = new();
}
