namespace NewsClaims.Storage.Outlets;

/// <summary>A stored feed with its validators for the next conditional GET.</summary>
public sealed record FeedRow(long Id, long OutletId, string Url, string? Etag, string? LastModified, long ConsecutiveFailures);
