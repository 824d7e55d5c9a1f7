using System.Text;
using NewsClaims.App.Tests.Support;

namespace NewsClaims.App.Tests.Ingestion;

/// <summary>Every source kind, served by a real Kestrel server, ends with its articles stored.</summary>
public class FeedFormatsTests
{
    public static TheoryData<string, string, string> Feeds => new()
    {
        { "rss2", "application/rss+xml", """<rss version="2.0"><channel><item><link>/news/one</link></item><item><link>{base}/news/two</link></item></channel></rss>""" },
        { "rss1", "application/rdf+xml", """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="{base}/news/one"><link>{base}/news/one</link></item><item rdf:about="{base}/news/two"/></rdf:RDF>""" },
        { "atom", "application/atom+xml", """<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/news/one"/></entry><entry><link rel="alternate" href="{base}/news/two"/></entry></feed>""" },
        { "jsonfeed", "application/feed+json", """{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","url":"/news/one"},{"id":"2","url":"{base}/news/two"}]}""" },
        { "sitemap", "application/xml", """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/news/one</loc></url><url><loc>{base}/news/two</loc></url></urlset>""" },
        { "htmlsection", "text/html", """<html><body><nav><a href="/news/menu">Menu</a></nav><a href="/news/one">Regional council extends the night bus network</a><a href="/news/two">Ferry timetable changes for the winter season</a><a href="/about">About</a></body></html>""" },
    };

    [Theory]
    [MemberData(nameof(Feeds))]
    public async Task RunOnce_EachFormat_StoresItsArticles(string format, string contentType, string feed)
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/feed", feed.Replace("{base}", server.BaseUrl), contentType)
            .MapText("/news/one", Fixtures.Article("One"))
            .MapText("/news/two", Fixtures.Article("Two"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        var (poll, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal((1, 0, 2), (poll.Feeds, poll.Errors, poll.NewArticles));
        Assert.Equal(2, fetch.Stored);
        Assert.Equal([server.Url("/news/one"), server.Url("/news/two")],
            pipeline.Query<string>("SELECT a.url FROM articles a JOIN raw_pages p ON p.article_id = a.id WHERE a.stage NOT IN ('failed', 'duplicate') ORDER BY a.url"));
        Assert.Equal(format, pipeline.Scalar<string>("SELECT format FROM feeds"));
    }

    [Fact]
    public async Task RunOnce_SitemapIndex_ReadsItsNewestChildSitemaps()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapText("/sitemap.xml", """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>/sitemap-news.xml</loc><lastmod>2026-11-20</lastmod></sitemap>
            </sitemapindex>
            """, "application/xml")
            .MapText("/sitemap-news.xml", $"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{server.Url("/news/one")}</loc></url></urlset>""", "application/xml")
            .MapText("/news/one", Fixtures.Article("One"));
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/sitemap.xml")])));

        var (_, fetch, _, _) = await pipeline.RunOnceAsync();

        Assert.Equal(1, fetch.Stored);
    }

    [Fact]
    public async Task RunOnce_CompressedFeedAndLegacyCharset_AreDecoded()
    {
        await using var server = await LoopbackServer.StartAsync();
        var rss = "<rss version=\"2.0\"><channel><item><title>Caf\u00e9 owners \u201cworried\u201d</title><link>/news/one</link></item></channel></rss>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(rss);
        server.Map("/feed", async ctx =>
        {
            ctx.Response.ContentType = "application/rss+xml; charset=windows-1252";
            ctx.Response.Headers.ContentEncoding = "gzip";
            using var buffer = new MemoryStream();
            await using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                await gzip.WriteAsync(bytes);
            await ctx.Response.Body.WriteAsync(buffer.ToArray());
        }).Map("/news/one", async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            ctx.Response.Headers.ContentEncoding = "br";
            var page = System.Text.Encoding.UTF8.GetBytes(Fixtures.Article("Brotli page"));
            using var buffer = new MemoryStream();
            await using (var brotli = new System.IO.Compression.BrotliStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                await brotli.WriteAsync(page);
            await ctx.Response.Body.WriteAsync(buffer.ToArray());
        });
        using var pipeline = new TestPipeline(TestPipeline.Config(("Fixture", [server.Url("/feed")])));

        await pipeline.RunOnceAsync();

        Assert.Equal("Caf\u00e9 owners \u201cworried\u201d", pipeline.Scalar<string>("SELECT hint_title FROM articles"));
        var id = pipeline.Scalar<long>("SELECT id FROM articles");
        Assert.Contains("Brotli page", System.Text.Encoding.UTF8.GetString(pipeline.Services.Articles.LoadPage(id)!.Body));
    }
}
