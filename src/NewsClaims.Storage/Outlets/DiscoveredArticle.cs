namespace NewsClaims.Storage.Outlets;

/// <summary>An article URL a feed listed (already canonical), with the feed's title and date as hints.</summary>
public sealed record DiscoveredArticle(string Url, string? Title, DateTimeOffset? Published);
