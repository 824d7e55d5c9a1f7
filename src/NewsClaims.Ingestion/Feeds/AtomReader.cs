using System.Xml.Linq;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>Atom 1.0 (RFC 4287).</summary>
internal static class AtomReader
{
    public static FeedDocument Read(XElement feed, Uri feedUrl)
    {
        var items = new ItemList(BaseOf(feed, feedUrl));
        foreach (var entry in feed.Children("entry"))
        {
            var entryBase = BaseOf(entry, BaseOf(feed, feedUrl));
            var link = AlternateLink(entry);
            var resolved = link is null ? null : new Uri(entryBase, link).AbsoluteUri;
            items.Add(resolved, entry.ChildText("title"), FeedDates.Parse(entry.FirstText("published", "updated", "issued", "modified")));
        }
        return FeedDocument.Of(FeedFormat.Atom, feed.ChildText("title"), items.Items);
    }

    /// <summary>The entry's rel="alternate" link (the default rel), else its first link with an href.</summary>
    private static string? AlternateLink(XElement entry)
    {
        string? first = null;
        foreach (var link in entry.Children("link"))
        {
            var href = (string?)link.Attribute("href");
            if (string.IsNullOrWhiteSpace(href))
                continue;
            var rel = (string?)link.Attribute("rel") ?? "alternate";
            if (rel == "alternate")
                return href;
            first ??= rel is "self" or "enclosure" or "replies" or "edit" ? null : href;
        }
        return first;
    }

    private static Uri BaseOf(XElement element, Uri fallback)
    {
        var xmlBase = (string?)element.Attribute(XNamespace.Xml + "base");
        return xmlBase is not null && Uri.TryCreate(fallback, xmlBase, out var resolved) ? resolved : fallback;
    }
}
