using System.Text;
using NewsClaims.Ingestion.Feeds;

namespace NewsClaims.Ingestion.Tests.Feeds;

public class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example/section/feed.xml");

    [Fact]
    public void Parse_Rss2_ReadsItemsWithResolvedLinksTitlesAndDates()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Example News</title>
              <item><title>Port strike enters third day</title><link>https://news.example/2026/11/port-strike?utm_source=rss</link>
                <pubDate>Thu, 19 Nov 2026 07:30:00 +0100</pubDate></item>
              <item><title>Relative link</title><link>/2026/11/relative-story</link><pubDate>Wed, 18 Nov 2026 22:00:00 GMT</pubDate></item>
              <item><title>Only a guid</title><guid>https://news.example/2026/11/guid-story</guid></item>
              <item><title>Opaque guid</title><guid isPermaLink="false">abc-123</guid></item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(rss, FeedUrl);
        Assert.Equal(FeedFormat.Rss2, feed.Format);
        Assert.Equal("Example News", feed.Title);
        Assert.Equal(
            ["https://news.example/2026/11/port-strike", "https://news.example/2026/11/relative-story", "https://news.example/2026/11/guid-story"],
            feed.Items.Select(i => i.Url));
        Assert.Equal("Port strike enters third day", feed.Items[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 7, 30, 0, TimeSpan.FromHours(1)), feed.Items[0].Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 22, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
    }

    [Fact]
    public void Parse_Rss2_DropsDuplicateLinksWithinOneFeed()
    {
        const string rss = """
            <rss version="2.0"><channel>
              <item><link>https://news.example/a</link></item>
              <item><link>https://news.example/a?utm_campaign=x</link></item>
              <item><link>https://NEWS.example/a#top</link></item>
            </channel></rss>
            """;
        Assert.Single(FeedParser.Parse(rss, FeedUrl).Items);
    }

    [Fact]
    public void Parse_Rss1Rdf_ReadsItemsAndDublinCoreDates()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example/"><title>RDF News</title></channel>
              <item rdf:about="https://news.example/story-one"><title>Council passes budget</title><link>https://news.example/story-one</link>
                <dc:date>2026-11-18T09:15:00+01:00</dc:date></item>
              <item rdf:about="https://news.example/story-two"><title>Only about</title></item>
            </rdf:RDF>
            """;
        var feed = FeedParser.Parse(rdf, FeedUrl);
        Assert.Equal(FeedFormat.Rss1, feed.Format);
        Assert.Equal("RDF News", feed.Title);
        Assert.Equal(["https://news.example/story-one", "https://news.example/story-two"], feed.Items.Select(i => i.Url));
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 9, 15, 0, TimeSpan.FromHours(1)), feed.Items[0].Published);
    }

    [Fact]
    public void Parse_Atom_UsesAlternateLinksXmlBaseAndPublished()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/stories/">
              <title>Atom News</title>
              <entry><title>Bridge reopens</title>
                <link rel="self" href="https://news.example/api/1"/><link rel="alternate" href="bridge-reopens"/>
                <published>2026-11-17T12:00:00Z</published><updated>2026-11-17T15:00:00Z</updated></entry>
              <entry xml:base="https://other.example/"><title>Default rel</title><link href="x/y"/><updated>2026-11-16T08:00:00Z</updated></entry>
            </feed>
            """;
        var feed = FeedParser.Parse(atom, FeedUrl);
        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal(["https://news.example/stories/bridge-reopens", "https://other.example/x/y"], feed.Items.Select(i => i.Url));
        Assert.Equal(new DateTimeOffset(2026, 11, 17, 12, 0, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
    }

    [Fact]
    public void Parse_JsonFeed_ReadsUrlExternalUrlAndDates()
    {
        const string json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "JSON News",
             "items": [
               {"id": "1", "url": "https://news.example/a", "title": "First", "date_published": "2026-11-18T10:00:00-05:00"},
               {"id": "2", "external_url": "https://elsewhere.example/b"},
               {"id": "https://news.example/c"},
               {"id": "opaque"},
               "not an object"
             ]}
            """;
        var feed = FeedParser.Parse(json, FeedUrl);
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
        Assert.Equal(["https://news.example/a", "https://elsewhere.example/b", "https://news.example/c"], feed.Items.Select(i => i.Url));
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(-5)), feed.Items[0].Published);
    }

    [Fact]
    public void Parse_JsonWithoutJsonFeedVersion_IsAnError() =>
        Assert.Throws<FeedFormatException>(() => FeedParser.Parse("""{"items": []}""", FeedUrl));

    [Fact]
    public void Parse_NewsSitemap_ReadsLocTitleAndPublicationDate()
    {
        const string sitemap = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/2026/11/20/harbour-fire</loc>
                <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2026-11-20T06:45:00+00:00</news:publication_date><news:title>Fire at the harbour</news:title></news:news></url>
              <url><loc>https://news.example/2026/11/19/plain</loc><lastmod>2026-11-19</lastmod></url>
            </urlset>
            """;
        var feed = FeedParser.Parse(sitemap, FeedUrl);
        Assert.Equal(FeedFormat.Sitemap, feed.Format);
        Assert.Equal("Fire at the harbour", feed.Items[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 6, 45, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Equal("https://news.example/2026/11/19/plain", feed.Items[1].Url);
    }

    [Fact]
    public void Parse_SitemapIndex_ListsChildSitemapsNewestFirst()
    {
        const string index = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example/sitemap-2026-10.xml</loc><lastmod>2026-10-31</lastmod></sitemap>
              <sitemap><loc>/sitemap-2026-11.xml</loc><lastmod>2026-11-20</lastmod></sitemap>
            </sitemapindex>
            """;
        var feed = FeedParser.Parse(index, FeedUrl);
        Assert.Equal(FeedFormat.SitemapIndex, feed.Format);
        Assert.Equal(["https://news.example/sitemap-2026-11.xml", "https://news.example/sitemap-2026-10.xml"], feed.ChildFeeds);
    }

    [Fact]
    public void Parse_HtmlSectionPage_KeepsArticleLinksAndSkipsNavigation()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Business – Example News</title></head><body>
            <header><nav><a href="/business/">Business</a><a href="/2026/11/19/nav-story-that-should-not-count">Nav</a></nav></header>
            <main>
              <h2><a href="/2026/11/19/bank-raises-rates">Central bank raises rates</a></h2>
              <h2><a href="https://news.example/business/markets-close-higher-after-a-volatile-week">Markets close higher</a></h2>
              <a href="/business/story/123456">Numbered story</a>
              <a href="/tag/economy">Economy</a>
              <a href="/author/jane-doe">Jane Doe</a>
              <a href="https://elsewhere.example/2026/11/19/other-site">Other site</a>
              <a href="https://www.news.example/world/ministers-meet-to-discuss-the-fishing-quota">Subdomain story with long slug</a>
              <a href="/about">About us</a>
              <img src="/2026/11/19/photo.jpg">
            </main>
            <footer><a href="/2026/11/19/footer-story-link-here">Footer</a></footer>
            </body></html>
            """;
        var feed = FeedParser.Parse(html, new Uri("https://news.example/business/"));
        Assert.Equal(FeedFormat.HtmlSection, feed.Format);
        Assert.Equal(
        [
            "https://news.example/2026/11/19/bank-raises-rates",
            "https://news.example/business/markets-close-higher-after-a-volatile-week",
            "https://news.example/business/story/123456",
            "https://www.news.example/world/ministers-meet-to-discuss-the-fishing-quota",
        ], feed.Items.Select(i => i.Url));
        Assert.Equal("Central bank raises rates", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_EntityExpansionBomb_IsRejectedQuickly()
    {
        var bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
            bomb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};".Replace("lol0", "lol"), 10))}\">\n");
        bomb.Append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
        var started = DateTime.UtcNow;
        Assert.Throws<FeedFormatException>(() => FeedParser.Parse(bomb.ToString(), FeedUrl));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Parse_ExternalEntity_IsNeverResolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        var xxe = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>&xxe;</title><item><link>https://news.example/a</link></item></channel></rss>
            """;
        try
        {
            var feed = FeedParser.Parse(xxe, FeedUrl);
            Assert.DoesNotContain("TOP-SECRET", feed.Title ?? "");
        }
        catch (FeedFormatException)
        {
            // Refusing the feed outright is fine too; reading the file is not.
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><title>unclosed</channel></rss>")]
    [InlineData("<?xml version=\"1.0\"?><opml><body/></opml>")]
    [InlineData("<rss version=\"2.0\"></rss>")]
    [InlineData("{ not json")]
    [InlineData("   ")]
    public void Parse_MalformedFeeds_ThrowFeedFormatExceptionWithAReason(string text)
    {
        var e = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(text, FeedUrl));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Parse_Bytes_DecodesLegacyCharsetFromTheDeclaration()
    {
        var text = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><item><title>Caf\u00e9 \u201cquoted\u201d</title><link>https://news.example/c</link></item></channel></rss>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
        var feed = FeedParser.Parse(bytes, "application/xml", FeedUrl);
        Assert.Equal("Caf\u00e9 \u201cquoted\u201d", feed.Items[0].Title);
    }
}
