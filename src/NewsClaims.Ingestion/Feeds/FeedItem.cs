namespace NewsClaims.Ingestion.Feeds;

/// <summary>One article a feed lists: its canonical URL and what the feed says about it.</summary>
public sealed record FeedItem(string Url, string? Title, DateTimeOffset? Published);
