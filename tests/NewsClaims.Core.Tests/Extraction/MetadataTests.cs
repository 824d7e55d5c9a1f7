using NewsClaims.Core.Extraction;
using NewsClaims.Core.Extraction.Metadata;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Metadata readers on the strings pages really put in them.</summary>
public sealed class MetadataTests
{
    [Theory]
    [InlineData("2026-11-19T08:12:00+00:00", "2026-11-19T08:12:00+00:00")]
    [InlineData("2026-11-19T08:12:00Z", "2026-11-19T08:12:00+00:00")]
    [InlineData("2026-11-19T08:12:00.000-05:00", "2026-11-19T08:12:00-05:00")]
    [InlineData("2026-11-19 08:12:00", "2026-11-19T08:12:00")]
    [InlineData("2026-11-19", "2026-11-19")]
    [InlineData("2026/11/19", "2026-11-19")]
    [InlineData("20261119", "2026-11-19")]
    [InlineData("Thu, 19 Nov 2026 08:12:00 GMT", "2026-11-19T08:12:00+00:00")]
    [InlineData("November 19, 2026", "2026-11-19")]
    [InlineData("Nov. 19, 2026", "2026-11-19")]
    [InlineData("Sept. 4, 2025", "2025-09-04")]
    [InlineData("19 November 2026", "2026-11-19")]
    [InlineData("19th November 2026", "2026-11-19")]
    [InlineData("Published: 19 Nov 2026, 14:05 GMT", "2026-11-19T14:05:00+00:00")]
    [InlineData("Updated November 20, 2026 at 9:05 a.m. EST", "2026-11-20T09:05:00-05:00")]
    [InlineData("Nov 20, 2026 9:05 PM", "2026-11-20T21:05:00")]
    [InlineData("31/12/2025", "2025-12-31")]
    [InlineData("2023 Jan 7", "2023-01-07")]
    [InlineData("Updated 9:40 PM EST, Tue March 3, 2026", "2026-03-03T21:40:00-05:00")]
    [InlineData("Published 12:01 a.m. CT Oct. 2, 2026", "2026-10-02T00:01:00-05:00")]
    [InlineData("Nov 20, 2026 9:05 PM ET", "2026-11-20T21:05:00-05:00")]
    [InlineData("July 4, 2026 at 9:05 a.m. PT", "2026-07-04T09:05:00-07:00")]
    [InlineData("Cureus. 2026 Nov 19;15(1):e33475", "2026-11-19")]
    public void Dates_are_read_with_the_offset_the_page_gave(string text, string iso)
    {
        Assert.Equal(iso, DateText.Parse(text)?.Iso);
    }

    [Theory]
    [InlineData("04/09/2025", false, "2025-04-09")]
    [InlineData("04/09/2025", true, "2025-09-04")]
    public void Ambiguous_numeric_dates_follow_the_page_locale(string text, bool dayFirst, string iso)
    {
        Assert.Equal(iso, DateText.Parse(text, dayFirst)?.Iso);
    }

    [Theory]
    [InlineData("no date here")]
    [InlineData("2026-13-40")]
    [InlineData("February 30, 2026")]
    [InlineData("Call 555-1234")]
    public void Non_dates_give_nothing(string text)
    {
        Assert.Null(DateText.Parse(text));
    }

    [Fact]
    public void A_publication_date_in_the_future_is_rejected()
    {
        const string html = """
            <html><head><meta property="article:published_time" content="2027-06-01T10:00:00Z"></head>
            <body><h1>A headline about something</h1><p>Some text of the article that is long enough to count as a paragraph of prose.</p></body></html>
            """;
        var article = ArticleExtractor.Extract(html, "https://example.org/a", new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero));
        Assert.Null(article.Published);
    }

    [Theory]
    [InlineData("By Lena Hart", "Lena Hart")]
    [InlineData("Lena Hart | The Lindmoor Post", "Lena Hart")]
    [InlineData("Dana Whitfield and Omar Haddad", "Dana Whitfield;Omar Haddad")]
    [InlineData("Dana Whitfield, Omar Haddad & Ruth Kamara", "Dana Whitfield;Omar Haddad;Ruth Kamara")]
    [InlineData("Keir Maddox, PhD", "Keir Maddox, PhD")]
    [InlineData("Grace Okafor and Isla Munro, The Finchley Ledger", "Grace Okafor;Isla Munro")]
    [InlineData("Written by: Marta Lind", "Marta Lind")]
    [InlineData("byMarta Lind", "Marta Lind")]
    [InlineData("Marta Lind Nov 18, 2026", "Marta Lind")]
    [InlineData("https://facebook.example/lenahart", "")]
    [InlineData("Share", "")]
    [InlineData("j.smith42", "")]
    [InlineData("View all posts by Marta Lind", "Marta Lind")]
    [InlineData("This post was written by Marta Lind", "Marta Lind")]
    [InlineData("Marta Lind on Friday", "Marta Lind")]
    [InlineData("Marta Lind, Senior Transport Correspondent", "Marta Lind")]
    [InlineData("Marta Lind, Omar Haddad, Housing Policy Experts", "Marta Lind;Omar Haddad")]
    [InlineData("Written By", "")]
    [InlineData("Marta Lind 4 August 2026", "Marta Lind")]
    [InlineData("Marta Lind Marta Lind", "Marta Lind")]
    [InlineData("Marta Lind Last update", "Marta Lind")]
    [InlineData("Marta Lind, More About Marta Lind", "Marta Lind")]
    [InlineData("AI platform for transport planning", "")]
    [InlineData("marta lind", "marta lind")]
    [InlineData("Ludwig van der Berg", "Ludwig van der Berg")]
    [InlineData("Marta Lind ●", "Marta Lind")]
    [InlineData("Marta Lind Tech Reporter", "Marta Lind")]
    [InlineData("Marta Lind Content Marketing Coordinator", "Marta Lind")]
    [InlineData("Marta Lind Friday", "Marta Lind")]
    [InlineData("Marta Lind Share", "Marta Lind")]
    [InlineData("View Full Profile", "")]
    [InlineData("Learn more >>", "")]
    [InlineData("Harbour Blog Contributor", "Harbour Blog Contributor")]
    [InlineData("Anna Editor", "Anna Editor")]
    [InlineData("Marta Lind November 8November 8", "Marta Lind")]
    [InlineData("Marta Lind For Daily Courier Online", "Marta Lind")]
    [InlineData("Marta Lind for the Harwick Ledger", "Marta Lind")]
    [InlineData("By Marta Lind, London", "Marta Lind")]
    [InlineData("Marta Lind, Ledger Staff", "Marta Lind")]
    [InlineData("Marta Lind, Omar Haddad", "Marta Lind;Omar Haddad")]
    public void Author_strings_are_cleaned_into_names(string raw, string expected)
    {
        var names = AuthorFinder.Clean([raw], siteName: null);
        Assert.Equal(expected, string.Join(';', names));
    }

    [Theory]
    [InlineData("Tram extension approved | The Lindmoor Post", "The Lindmoor Post", "Tram extension approved")]
    [InlineData("Tram extension approved - Lindmoor Post", null, "Tram extension approved")]
    [InlineData("Opinion | Why the tram matters to the whole city", null, "Why the tram matters to the whole city")]
    [InlineData("A headline with no site name", null, "A headline with no site name")]
    public void The_site_name_is_taken_off_window_titles(string title, string? site, string expected)
    {
        Assert.Equal(expected, TitleFinder.StripSite(title, site));
    }

    [Fact]
    public void A_publisher_given_as_a_reference_into_the_json_ld_graph_names_the_site()
    {
        const string page = """
            <html><head><script type="application/ld+json">{"@graph":[
              {"@type":"NewsArticle","headline":"Tram line opens","publisher":{"@id":"https://lindmoor.example/#org"}},
              {"@type":"NewsMediaOrganization","@id":"https://lindmoor.example/#org","name":"Lindmoor Post"}]}</script></head>
            <body><article><h1>Tram line opens</h1><p>The tram line to Harwick opened to passengers on Sunday morning.</p></article></body></html>
            """;
        var article = ArticleExtractor.Extract(page, "https://lindmoor.example/tram", null);
        Assert.Equal("Lindmoor Post", article.SiteName);
        Assert.Equal("json-ld", article.Sources["site_name"]);
    }
}
