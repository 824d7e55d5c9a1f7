namespace NewsClaims.Storage.Outlets;

/// <summary>What one poll of one feed produced, stored in one transaction.</summary>
public sealed record FeedPollRecord
{
    public required long FeedId { get; init; }
    public required DateTimeOffset PolledAt { get; init; }
    public int? Status { get; init; }
    public string? Format { get; init; }
    public string? Etag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>Null when the poll succeeded (including 304).</summary>
    public string? Error { get; init; }

    public IReadOnlyList<DiscoveredArticle> Items { get; init; } = [];
    public IReadOnlyList<AttemptRecord> Attempts { get; init; } = [];
}
