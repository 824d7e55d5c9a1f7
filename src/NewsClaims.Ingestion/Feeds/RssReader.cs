using System.Xml.Linq;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>RSS 2.0 (and the 0.9x it grew from) and RSS 1.0 (RDF).</summary>
internal static class RssReader
{
    public static FeedDocument ReadRss2(XElement rss, Uri feedUrl)
    {
        var channel = rss.Child("channel") ?? throw new FeedFormatException("RSS without <channel>");
        var items = new ItemList(feedUrl);
        foreach (var item in channel.Children("item"))
        {
            // A permalink guid is the article's URL when <link> is missing.
            var guid = item.Child("guid");
            var guidIsLink = guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
            var link = item.ChildText("link") ?? (guidIsLink ? guid!.Value.Trim() : null);
            var date = item.FirstText("pubDate", "date", "published", "updated");
            items.Add(link, item.ChildText("title"), FeedDates.Parse(date));
        }
        return FeedDocument.Of(FeedFormat.Rss2, channel.ChildText("title"), items.Items);
    }

    public static FeedDocument ReadRss1(XElement rdf, Uri feedUrl)
    {
        var items = new ItemList(feedUrl);
        foreach (var item in rdf.Children("item"))
        {
            var about = (string?)item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about");
            items.Add(item.ChildText("link") ?? about, item.ChildText("title"), FeedDates.Parse(item.FirstText("date", "pubDate")));
        }
        return FeedDocument.Of(FeedFormat.Rss1, rdf.Child("channel")?.ChildText("title"), items.Items);
    }
}
