using System.Xml.Linq;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>Sitemaps (sitemaps.org 0.9) with the Google News extension, and sitemap indexes.</summary>
internal static class SitemapReader
{
    public static FeedDocument ReadUrlSet(XElement urlset, Uri feedUrl)
    {
        var items = new ItemList(feedUrl);
        foreach (var url in urlset.Children("url"))
        {
            var news = url.Child("news");
            var published = FeedDates.Parse(news?.ChildText("publication_date") ?? url.ChildText("lastmod"));
            items.Add(url.ChildText("loc"), news?.ChildText("title"), published);
        }
        return FeedDocument.Of(FeedFormat.Sitemap, null, items.Items);
    }

    /// <summary>An index lists other sitemaps; the newest come first, since news indexes grow by appending.</summary>
    public static FeedDocument ReadIndex(XElement index, Uri feedUrl)
    {
        var children = index.Children("sitemap")
            .Select(s => (Loc: s.ChildText("loc"), Modified: FeedDates.Parse(s.ChildText("lastmod"))))
            .Where(s => s.Loc is not null && Uri.TryCreate(feedUrl, s.Loc, out _))
            .OrderByDescending(s => s.Modified ?? DateTimeOffset.MinValue)
            .Select(s => new Uri(feedUrl, s.Loc!).AbsoluteUri)
            .Distinct()
            .ToList();
        return new FeedDocument(FeedFormat.SitemapIndex, null, [], children);
    }
}
