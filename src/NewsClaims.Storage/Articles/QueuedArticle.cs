namespace NewsClaims.Storage.Articles;

/// <summary>An article waiting to be fetched.</summary>
public sealed record QueuedArticle(long Id, string Url, long? OutletId, string? OutletName, long Attempts);
