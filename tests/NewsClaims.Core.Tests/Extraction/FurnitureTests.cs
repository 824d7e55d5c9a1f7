using NewsClaims.Core.Extraction;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Each kind of page furniture stays out of the text, and the article's own structure stays in.</summary>
public sealed class FurnitureTests
{
    [Theory]
    [InlineData("wordpress-news", "Share on Facebook", "share bar")]
    [InlineData("wordpress-news", "Tram route consultation draws", "inline related link")]
    [InlineData("wordpress-news", "Bus fares to rise by 5%", "related-posts list")]
    [InlineData("wordpress-news", "Photo: Tomas Berg", "caption and credit")]
    [InlineData("wordpress-news", "Advertisement", "ad label")]
    [InlineData("wordpress-news", "Lindmoor Briefing", "newsletter box")]
    [InlineData("wordpress-news", "waiting for this tram since my children", "comments")]
    [InlineData("wordpress-news", "Harbour dredging to begin", "sidebar most-read list")]
    [InlineData("wordpress-news", "All rights reserved", "site footer")]
    [InlineData("wordpress-news", "Lena Hart", "byline")]
    [InlineData("arc-jsonld", "We use cookies", "cookie banner")]
    [InlineData("arc-jsonld", "Bayline orders first electric ferry", "promo card inside the body")]
    [InlineData("arc-jsonld", "Business briefing", "inline newsletter promo")]
    [InlineData("arc-jsonld", "Source: Bayline Ferries annual traffic report", "table caption")]
    [InlineData("arc-jsonld", "Port Amble container terminal sold", "more-stories list")]
    [InlineData("nextjs", "Loading embedded post", "embed placeholder")]
    [InlineData("nextjs", "By Ruth Kamara", "byline glued above the body")]
    [InlineData("nextjs", "Campus safety review published", "related list")]
    [InlineData("amp", "Credit: Coastal Herald", "AMP caption")]
    [InlineData("static-plain", "Copyright 2026", "colophon after the text")]
    [InlineData("live-blog", "Share this update", "share link on a live-blog entry")]
    public void Furniture_is_left_out(string page, string snippet, string kind)
    {
        var text = FixturePageTests.Extract(page).Text;
        Assert.False(text.Contains(snippet, StringComparison.Ordinal), $"{kind} leaked into {page}: \"{snippet}\"");
    }

    [Theory]
    [InlineData("wordpress-news", ParagraphKind.Heading, "Objections from shop owners")]
    [InlineData("wordpress-news", ParagraphKind.ListItem, "free short-stay parking at two nearby car parks;")]
    [InlineData("wordpress-news", ParagraphKind.Quote, "survive eighteen months of roadworks")]
    [InlineData("arc-jsonld", ParagraphKind.TableRow, "Port Amble – Hollis Point | 1.0 million | 1.1 million")]
    [InlineData("live-blog", ParagraphKind.Heading, "Greens take Harrow Vale")]
    public void The_articles_own_structure_is_kept(string page, ParagraphKind kind, string text)
    {
        var paragraphs = FixturePageTests.Extract(page).Paragraphs;
        Assert.Contains(paragraphs, p => p.Kind == kind && p.Text.Contains(text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("listing", "listing")]
    [InlineData("consent-wall", "consent-wall")]
    [InlineData("paywall", "paywall")]
    public void Pages_that_are_not_articles_say_why_and_yield_no_text(string page, string reason)
    {
        var article = FixturePageTests.Extract(page);
        Assert.False(article.IsArticle);
        Assert.Equal(reason, article.NotArticleReason);
        Assert.Empty(article.Paragraphs);
    }

    [Theory]
    [InlineData("arc-jsonld", "json-ld", "2026-11-20T06:30:00-05:00")]
    [InlineData("wordpress-news", "meta:article:published_time", "2026-11-19T08:12:00+00:00")]
    [InlineData("live-blog", "meta:parsely-pub-date", "2026-11-12T21:00:00+00:00")]
    [InlineData("amp", "time-element", "2026-11-16T07:00:00+00:00")]
    [InlineData("static-plain", "dateline", "2026-03-12T14:05:00+00:00")]
    [InlineData("nextjs", "script:publishedAt", "2026-11-14T09:20:00+00:00")]
    [InlineData("url-dated", "url", "2026-05-07")]
    public void Each_date_source_is_read_and_named(string page, string source, string published)
    {
        var article = FixturePageTests.Extract(page);
        Assert.Equal(published, article.Published?.Local);
        Assert.Equal(source, article.Sources["published"]);
    }

    [Fact]
    public void A_collapsed_accordion_is_the_articles_text_but_hidden_furniture_is_not()
    {
        const string page = """
            <html><body><article><h1>How the Skerrin pier was rebuilt</h1>
            <p>The harbour board rebuilt the east pier of Skerrin over ten weeks, replacing 140 steel piles and the deck.</p>
            <div class="accordion"><button aria-controls="step-3" aria-expanded="false">3. Driving the piles</button>
            <div id="step-3" style="display:none"><p>Crews drove the new piles from a jack-up barge, about a dozen on a good day.</p></div>
            <div role="region" hidden><p>The deck went on in sections once the last pile was in place.</p></div></div>
            <div class="collapse" id="gov-note" aria-hidden="true"><p>Official notices are published on the harbour board's site.</p></div>
            <div id="signup" style="display:none"><p>Get our weekly harbour newsletter in your inbox.</p></div>
            <p>The operator said ferries would return to the pier on Monday, ten weeks later than first planned.</p>
            </article></body></html>
            """;
        var text = ArticleExtractor.Extract(page, "https://news.example/pier", null).Text;
        Assert.Contains("about a dozen on a good day", text, StringComparison.Ordinal);
        Assert.Contains("once the last pile was in place", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Official notices", text, StringComparison.Ordinal);
        Assert.DoesNotContain("weekly harbour newsletter", text, StringComparison.Ordinal);
    }
}
