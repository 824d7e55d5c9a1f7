namespace NewsClaims.Storage.Status;

/// <summary>One outlet's line in <c>newsclaims status</c>.</summary>
public sealed record OutletStatus
{
    public string Name { get; init; } = "";
    public bool Enabled { get; init; }
    public string? LastPollAt { get; init; }
    public string? NextPollAt { get; init; }
    public long Articles { get; init; }
    public long New24h { get; init; }
    public long Fetched { get; init; }
    public long Failed { get; init; }
    public long FeedErrors { get; init; }
}
