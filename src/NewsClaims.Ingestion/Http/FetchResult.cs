namespace NewsClaims.Ingestion.Http;

/// <summary>What a fetch produced: the body and its metadata on success, the reason otherwise, and every attempt made.</summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }
    public required string RequestedUrl { get; init; }
    public string? FinalUrl { get; init; }
    public int? Status { get; init; }
    public string? ContentType { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? Error { get; init; }

    /// <summary>When the server asked us to come back (Retry-After beyond what we wait in-process).</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public DateTimeOffset FetchedAt { get; init; }
    public IReadOnlyList<FetchAttempt> Attempts { get; init; } = [];

    public bool IsSuccess => Outcome is FetchOutcome.Ok;
}
