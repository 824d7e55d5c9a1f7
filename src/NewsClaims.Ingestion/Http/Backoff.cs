namespace NewsClaims.Ingestion.Http;

/// <summary>Exponential backoff with full jitter, and Retry-After parsing.</summary>
public static class Backoff
{
    /// <summary>A delay in [0, base × 2^(attempt-1)], capped at <paramref name="cap"/>; attempt counts from 1.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan cap, Random random)
    {
        var exponent = Math.Min(attempt - 1, 30);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), cap.TotalMilliseconds);
        // Never zero: a floor of a quarter of the ceiling keeps retries from hammering a struggling server.
        return TimeSpan.FromMilliseconds(ceiling * (0.25 + 0.75 * random.NextDouble()));
    }

    /// <summary>The wait a Retry-After header asks for (delta-seconds or an HTTP date), or null.</summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
