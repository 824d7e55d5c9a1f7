namespace NewsClaims.Ingestion.Feeds;

/// <summary>The kinds of source a feed URL can point at.</summary>
public enum FeedFormat
{
    Rss2,
    Rss1,
    Atom,
    JsonFeed,
    Sitemap,
    SitemapIndex,
    HtmlSection,
}
