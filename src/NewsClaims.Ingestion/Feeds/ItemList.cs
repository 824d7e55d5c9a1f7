using NewsClaims.Core.Urls;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>Collects a feed's items, resolving links against the feed URL and keeping the first of each URL.</summary>
internal sealed class ItemList(Uri feedUrl)
{
    private readonly List<FeedItem> _items = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public void Add(string? link, string? title, DateTimeOffset? published)
    {
        var url = UrlCanonicalizer.Resolve(feedUrl, link);
        if (url is null || !_seen.Add(url))
            return;
        _items.Add(new FeedItem(url, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), published));
    }

    public IReadOnlyList<FeedItem> Items => _items;
}
