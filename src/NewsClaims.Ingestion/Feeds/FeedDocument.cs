namespace NewsClaims.Ingestion.Feeds;

/// <summary>A parsed feed: its format, its items, and (for a sitemap index) the sitemaps it points to.</summary>
public sealed record FeedDocument(FeedFormat Format, string? Title, IReadOnlyList<FeedItem> Items, IReadOnlyList<string> ChildFeeds)
{
    public static FeedDocument Of(FeedFormat format, string? title, IReadOnlyList<FeedItem> items) =>
        new(format, title, items, []);
}
