namespace NewsClaims.Storage.Articles;

/// <summary>A fetched page as it arrived: kept whole so later stages can be re-run without refetching.</summary>
public sealed record StoredPage(string FinalUrl, int Status, string? ContentType, DateTimeOffset FetchedAt, byte[] Body);
