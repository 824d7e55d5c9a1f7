using NewsClaims.Core.Extraction;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Where templates put the publication date, and the page furniture whose dates must not be taken for it.</summary>
public sealed class PageDateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private const string Body = """
        <p>The county council voted on Tuesday to keep the Wexham branch library open for another three years, reversing a plan it approved in spring.</p>
        <p>Councillors said a petition signed by 4,200 residents and a pledge of volunteer staff from the Friends of Wexham Library changed their minds.</p>
        """;

    // A long article: its end is far from the headline, where datelines are looked for first.
    private static readonly string LongBody = string.Concat(Enumerable.Repeat(Body, 30));

    private static ExtractedArticle Extract(string head, string body) =>
        ArticleExtractor.Extract($"<html><head>{head}</head><body>{body}</body></html>", "https://news.example/library-vote", Now);

    [Fact]
    public void A_time_element_in_the_articles_own_footer_is_its_date_whatever_the_body_classes_say()
    {
        // WordPress themes put page-wide flags on <body> ("no-sidebar", "footer-widgets-1"): they say nothing about the date.
        var article = ArticleExtractor.Extract(
            $"<html><body class=\"single no-sidebar active-footer-widgets-1\"><article><h1>Wexham library saved by council vote</h1>{Body}" +
            "<footer class=\"entry-footer\"><time datetime=\"2026-11-17T18:40:00+00:00\">17 November 2026</time></footer></article></body></html>",
            "https://news.example/library-vote", Now);
        Assert.Equal("2026-11-17T18:40:00+00:00", article.Published?.Local);
        Assert.Equal("time-element", article.Sources["published"]);
    }

    [Fact]
    public void A_date_set_as_loose_text_right_after_the_headline_is_the_dateline()
    {
        // Hand-made blogs print the date as bare text between the title and the post, with no element of its own, and may
        // use <h1> for the post's own sections.
        var article = Extract("""<meta property="og:title" content="Wexham library saved by council vote">""", $"""
            <div class="title"><h1><a href="/">Marta's Notebook</a></h1></div>
            <fieldset><legend>Wexham library saved by council vote</legend> 17 November 2026 <div class="body">{Body}<h1>Next steps</h1>{Body}</div></fieldset>
            """);
        Assert.Equal("2026-11-17", article.Published?.Local);
        Assert.Equal("dateline", article.Sources["published"]);
    }

    [Fact]
    public void A_photo_caption_under_the_headline_is_no_dateline_and_a_spoken_label_is_no_class_name()
    {
        // The caption dates the photo, weeks before the story; the dateline's aria-label repeats its text for screen
        // readers, "Updated" included, and says nothing about what the element is.
        var article = Extract("""<meta property="article:published_time" content="2026-11-16T17:01:12Z">""", $"""
            <article><h1>Wexham library saved by council vote</h1>
            <div class="ar-dt" aria-label="Published: 11:01 a.m. CT Nov. 16, 2026 | Updated: 9:40 a.m. CT Nov. 17, 2026">Published 11:01 a.m. CT Nov. 16, 2026<span>Updated 9:40 a.m. CT Nov. 17, 2026</span></div>
            <figure><img src="/library.jpg" alt=""><figcaption><span>The Wexham branch library, built in 1968, on Oct. 12, 2026.</span><span>Marta Lind/Wexham Post</span></figcaption></figure>
            {Body}</article>
            """);
        Assert.Equal("2026-11-16", article.Published?.Local[..10]);
    }

    [Fact]
    public void A_photo_caption_under_the_headline_does_not_outvote_the_metadata()
    {
        var article = Extract("""<meta property="article:published_time" content="2026-11-16T17:01:12Z">""", $"""
            <article><h1>Wexham library saved by council vote</h1>
            <figure><img src="/library.jpg" alt=""><figcaption><span>The Wexham branch library, built in 1968, on Oct. 12, 2026.</span><span>Marta Lind/Wexham Post</span></figcaption></figure>
            {Body}</article>
            """);
        Assert.Equal("2026-11-16", article.Published?.Local[..10]);
    }

    [Fact]
    public void A_promoted_drupal_node_keeps_its_dateline()
    {
        var article = Extract("", $"""
            <article class="node node--type-article node--promoted node--view-mode-full">
            <h1>Wexham library saved by council vote</h1><div class="node__meta"><span class="post-date">November 17, 2026</span></div>{Body}</article>
            """);
        Assert.Equal("2026-11-17", article.Published?.Local);
        Assert.Equal("dateline", article.Sources["published"]);
    }

    [Fact]
    public void Dates_in_the_pages_related_list_are_not_the_articles()
    {
        var article = Extract("", $"""
            <aside class="sidebar"><h3>Latest</h3><ul>
            <li><a href="/a">Bus lane trial extended</a> <time datetime="2026-11-20T09:00:00+00:00">20 Nov</time></li>
            <li><a href="/b">Pool reopens after repairs</a> <time datetime="2026-11-19T09:00:00+00:00">19 Nov</time></li></ul></aside>
            <article><h1>Wexham library saved by council vote</h1><p class="byline">By Ines Corr</p>{Body}
            <p class="posted-on"><time datetime="2026-11-17T18:40:00+00:00">17 November 2026</time></p></article>
            """);
        Assert.Equal("2026-11-17T18:40:00+00:00", article.Published?.Local);
    }

    [Fact]
    public void A_page_that_states_only_its_update_is_dated_by_it_and_says_so()
    {
        var article = Extract("""<meta property="article:modified_time" content="2026-11-18T07:15:00+00:00">""",
            $"<article><h1>Wexham library saved by council vote</h1>{Body}</article>");
        Assert.Equal("2026-11-18T07:15:00+00:00", article.Published?.Local);
        Assert.Equal("modified:meta:article:modified_time", article.Sources["published"]);
        Assert.Equal("2026-11-18T07:15:00+00:00", article.Modified?.Local);
    }

    [Fact]
    public void A_plain_published_meta_tag_is_read()
    {
        var article = Extract("""<meta name="published" content="November 16, 2026">""",
            $"<article><h1>Wexham library saved by council vote</h1>{Body}</article>");
        Assert.Equal("2026-11-16", article.Published?.Local);
        Assert.Equal("meta:published", article.Sources["published"]);
    }

    [Fact]
    public void A_utc_metadata_time_takes_the_offset_the_page_shows_so_the_local_day_is_right()
    {
        // 03:05 UTC on the 18th is 19:05 on the 17th in the outlet's zone: its readers saw the 17th.
        var article = Extract("""<meta property="article:published_time" content="2026-11-18T03:05:00+00:00">""",
            $"""<article><h1>Wexham library saved by council vote</h1><time datetime="2026-11-17T19:05:00-08:00">November 17, 2026</time>{Body}</article>""");
        Assert.Equal("2026-11-17T19:05:00-08:00", article.Published?.Local);
        Assert.Equal("2026-11-17", article.Published?.Date);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 3, 5, 0, TimeSpan.Zero), article.Published?.Utc);
        Assert.Equal("meta:article:published_time", article.Sources["published"]);
    }

    [Fact]
    public void A_utc_time_element_shown_as_a_local_clock_time_lends_that_offset()
    {
        // Portals give the instant in UTC and print the reader's clock: 03:05 UTC shown as "7:05 PM" the evening before.
        var article = Extract("", $"""
            <article><h1>Wexham library saved by council vote</h1><time datetime="2026-11-18T03:05:27.000Z">November 17, 2026 at 7:05 PM</time>{Body}</article>
            """);
        Assert.Equal("2026-11-17T19:05:27-08:00", article.Published?.Local);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 3, 5, 27, TimeSpan.Zero), article.Published?.Utc);
    }

    [Fact]
    public void A_utc_metadata_time_an_evening_before_the_shown_dateline_gives_the_shown_day()
    {
        // 03:05 UTC on the 18th under a dateline reading the 17th: the outlet is west of Greenwich and its readers saw the 17th.
        var article = Extract("""<meta property="article:published_time" content="2026-11-18T03:05:00Z">""", $"""
            <article><h1>Wexham library saved by council vote</h1><p class="dateline">November 17, 2026</p>{Body}</article>
            """);
        Assert.Equal("2026-11-17", article.Published?.Date);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 3, 5, 0, TimeSpan.Zero), article.Published?.Utc);
        Assert.Equal("meta:article:published_time", article.Sources["published"]);
    }

    [Fact]
    public void A_utc_metadata_time_takes_the_zone_of_the_dateline_that_prints_the_same_time()
    {
        var article = Extract("""<meta property="article:published_time" content="2026-11-17T06:01:12Z">""", $"""
            <article><h1>Wexham library saved by council vote</h1><div class="ar-dt">Published 12:01 a.m. CT Nov. 17, 2026</div>{Body}</article>
            """);
        Assert.Equal("2026-11-17T00:01:12-06:00", article.Published?.Local);
        Assert.Equal("meta:article:published_time", article.Sources["published"]);
    }

    [Fact]
    public void A_utc_time_element_shown_as_the_day_before_gives_that_day()
    {
        // Only the date is printed: the offset is unknown, but the readers' day is not.
        var article = Extract("""<meta property="article:published_time" content="2026-11-18T03:05:00+00:00">""", $"""
            <article><h1>Wexham library saved by council vote</h1><time datetime="2026-11-18T03:05:00+00:00">November 17, 2026</time>{Body}</article>
            """);
        Assert.Equal("2026-11-17", article.Published?.Local);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 3, 5, 0, TimeSpan.Zero), article.Published?.Utc);
    }

    [Fact]
    public void A_dateline_in_a_content_column_named_after_its_sidebar_is_still_the_articles()
    {
        // Themes name the main column after the sidebar beside it ("sidebar_content"); it holds the headline, so it is not furniture.
        var article = Extract("", $"""
            <div id="content" class="sidebar_content"><article><div class="entry-header"><h1>Wexham library saved by council vote</h1>
            <p class="post-meta"><span class="date">17 Nov 2026</span></p></div>{Body}</article></div>
            <div class="sidebar"><ul><li><span class="date">02 Nov 2026</span> Parking charges rise</li></ul></div>
            """);
        Assert.Equal("2026-11-17", article.Published?.Local);
    }

    [Fact]
    public void A_visible_last_updated_line_is_the_modification_date_and_never_the_publication_date()
    {
        var article = Extract("", $"""
            <article><h1>Wexham library saved by council vote</h1><p><strong>Last updated:</strong> November 19, 2026</p>
            <p class="byline">By Ann Lowe, November 17, 2026</p>{Body}</article>
            """);
        Assert.Equal("2026-11-19", article.Modified?.Local);
        Assert.Equal("updated-line", article.Sources["modified"]);
        Assert.Equal("2026-11-17", article.Published?.Local);
    }

    [Fact]
    public void A_page_that_only_says_when_it_was_updated_is_dated_by_that_with_the_source_saying_so()
    {
        var article = Extract("", $"""<article><h1>Wexham library saved by council vote</h1>{Body}<p style="text-align:right">Last updated: November 19, 2026</p></article>""");
        Assert.Equal("2026-11-19", article.Published?.Local);
        Assert.Equal("modified:updated-line", article.Sources["published"]);
    }
    [Fact]
    public void Wire_copy_is_dated_by_its_agency_dateline()
    {
        var article = Extract("""<meta name="description" content="By Rana Okafor WEXHAM, Nov 17, 2026 (PA) - The county council voted to keep the library open.">""",
            $"<article><h1>Wexham library saved by council vote</h1>{Body}</article>");
        Assert.Equal("2026-11-17", article.Published?.Local);
        Assert.Equal("wire-dateline", article.Sources["published"]);
    }

    [Fact]
    public void A_date_in_an_escaped_og_url_dates_the_page_when_nothing_else_does()
    {
        var article = Extract("""<meta property="og:url" content="https://news.example%2Flocal%2F2026-11-17%2Blibrary%2Bvote">""",
            $"<article><h1>Wexham library saved by council vote</h1>{Body}</article>");
        Assert.Equal("2026-11-17", article.Published?.Local);
        Assert.Equal("url", article.Sources["published"]);
    }
    [Fact]
    public void An_ambiguous_numeric_dateline_is_read_the_way_the_pages_address_dates_it()
    {
        // "03/11/2026" is 11 March to an American reader and 3 November to a British one; the address says November.
        var article = ArticleExtractor.Extract(
            $"<html lang=\"en\"><body><article><h1>Wexham library saved by council vote</h1><p class=\"post-date\">03/11/2026</p>{Body}</article></body></html>",
            "https://news.example/blog/2026/november/03/library-vote", Now);
        Assert.Equal("2026-11-03", article.Published?.Local);
        Assert.Equal("dateline", article.Sources["published"]);
    }

    [Fact]
    public void An_address_with_the_month_in_words_dates_the_page()
    {
        var article = ArticleExtractor.Extract($"<html><body><article><h1>Wexham library saved by council vote</h1>{Body}</article></body></html>",
            "https://news.example/blog/2026/november/03/library-vote", Now);
        Assert.Equal("2026-11-03", article.Published?.Local);
        Assert.Equal("url", article.Sources["published"]);
    }

    private const string LdPublished = """<script type="application/ld+json">{"@type":"Article","datePublished":"2026-10-02T08:00:00+00:00","dateModified":"2026-10-02T08:00:00+00:00"}</script>""";

    [Fact]
    public void A_byline_date_weeks_away_from_the_metadata_is_the_one_readers_see()
    {
        // A CMS that re-imported an old piece stamps it with the import date; the byline keeps the real one.
        var article = Extract(LdPublished,
            $"<article><h1>Wexham library saved by council vote</h1><div class=\"meta\">Ines Corr · 14 Mar 2019 · 4 min read</div>{Body}</article>");
        Assert.Equal("2019-03-14", article.Published?.Local);
        Assert.Equal("dateline", article.Sources["published"]);
    }

    [Fact]
    public void A_byline_date_a_day_off_that_no_time_zone_gives_is_the_one_readers_see()
    {
        // 22:00 UTC on 2 October is the 2nd or the 3rd wherever the outlet is, never the 1st.
        var article = Extract(LdPublished.Replace("2026-10-02T08:00:00+00:00", "2026-10-02T22:00:00+00:00"),
            $"<article><h1>Wexham library saved by council vote</h1><div class=\"meta\">Ines Corr · 1 October 2026</div>{Body}</article>");
        Assert.Equal("2026-10-01", article.Published?.Local);
    }

    [Theory]
    [InlineData("<div class=\"meta\">Ines Corr · 1 October 2026</div>", "a day apart, as zones west of UTC make it: the metadata's instant stands")]
    [InlineData("<div class=\"meta\">Ines Corr · 19 November 2026</div>", "the update date shown without its label")]
    [InlineData("<div class=\"meta\">Ines Corr · Updated on 14 Nov 2026</div>", "a labelled update")]
    [InlineData("<p>Last updated: <strong>14 Nov 2026</strong></p>", "a label around the date")]
    [InlineData("<p>The consultation runs from 3 – 14 November 2026.</p>", "the end of a range in prose")]
    [InlineData("<p>Councillors meet again on 14 November 2026 to set the budget.</p>", "a date in a sentence")]
    [InlineData("<table><tr><td>14/11/2026</td><td>4,200</td></tr></table>", "a table cell")]
    public void Other_dates_by_the_headline_leave_the_metadatas_publication_date(string line, string why)
    {
        var article = Extract(LdPublished.Replace("\"dateModified\":\"2026-10-02T08:00:00+00:00\"", "\"dateModified\":\"2026-11-19T08:00:00+00:00\""),
            $"<article><h1>Wexham library saved by council vote</h1>{line}{Body}</article>");
        Assert.True(article.Published?.Local == "2026-10-02T08:00:00+00:00", $"{why}: {article.Published?.Local}");
    }

    [Fact]
    public void The_date_in_an_author_box_dates_a_page_without_a_headline_element()
    {
        var article = Extract("", $"<main><div class=\"post-author-details\"><p>Ines Corr</p><small>17 November 2026</small></div>{Body}</main>");
        Assert.Equal("2026-11-17", article.Published?.Local);
        Assert.Equal("dateline", article.Sources["published"]);
    }

    [Theory]
    [InlineData("2026-11-18T02:30:00+00:00", "https://news.example/2026/11/17/library-vote/", "2026-11-17")]
    [InlineData("2026-11-17T21:30:00+00:00", "https://news.example/2026/11/18/library-vote/", "2026-11-18")]
    [InlineData("2026-11-17T14:30:00+00:00", "https://news.example/2026/11/17/library-vote/", "2026-11-17T14:30:00+00:00")]
    [InlineData("2026-11-18T15:30:00+00:00", "https://news.example/2026/11/17/library-vote/", "2026-11-18T15:30:00+00:00")]
    public void An_address_dated_a_day_off_a_utc_instant_gives_the_outlets_calendar_date(string utc, string url, string expected)
    {
        var article = ArticleExtractor.Extract(
            $"<html><head><meta property=\"article:published_time\" content=\"{utc}\"></head><body><article><h1>Wexham library saved by council vote</h1>{Body}</article></body></html>",
            url, Now);
        Assert.Equal(expected, article.Published?.Local);
        Assert.Equal(DateTimeOffset.Parse(utc), article.Published?.Utc);
    }

    [Fact]
    public void The_one_date_on_a_page_counts_even_in_a_side_column()
    {
        var article = Extract("", $"<main><article><h1>Wexham library saved by council vote</h1>{Body}</article><aside class=\"side-col\"><p class=\"article-date\">November 17, 2026</p></aside></main>");
        Assert.Equal("2026-11-17", article.Published?.Local);
    }

    [Fact]
    public void Dates_of_a_related_list_in_a_side_column_are_not_taken()
    {
        var article = Extract("", $"""
            <main><article><h1>Wexham library saved by council vote</h1>{Body}</article>
            <aside class="side-col"><ul><li><a href="/a">Bus lane trial extended</a> <span class="date">November 18, 2026</span></li>
            <li><a href="/b">Pool reopens after repairs</a> <span class="date">November 12, 2026</span></li></ul></aside></main>
            """);
        Assert.Null(article.Published);
    }

    [Fact]
    public void Json_ld_kept_in_a_meta_tag_by_a_site_builder_is_read()
    {
        var article = Extract("""<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;Wexham library saved&quot;,&quot;datePublished&quot;:&quot;2026-11-17T09:00:00-05:00&quot;}">""",
            $"<article>{Body}</article>");
        Assert.Equal("2026-11-17T09:00:00-05:00", article.Published?.Local);
        Assert.Equal("json-ld", article.Sources["published"]);
    }

    [Fact]
    public void A_page_without_an_h1_is_dated_by_the_line_under_the_paragraph_that_reads_as_its_title()
    {
        // Site builders set the headline in a styled paragraph; the title comes from the metadata and finds it there.
        var article = Extract("""<meta property="og:title" content="Wexham library saved by council vote">""", $"""
            <div class="framer-x1"><div><p class="framer-text">Wexham library saved by council vote</p></div>
            <div><p class="framer-text">Newsdesk</p></div><div><p class="framer-text">Nov 17, 2026</p></div></div>
            <div class="framer-x2">{Body}</div>
            """);
        Assert.Equal("2026-11-17", article.Published?.Local);
    }

    [Fact]
    public void The_articles_time_element_beats_the_dated_menu_printed_above_it()
    {
        var article = Extract("", $"""
            <div class="region-mega-menu"><div class="views-row"><a href="/a">Bus lane trial extended</a><time datetime="2026-11-20T12:00:00Z">11/20/2026</time></div>
            <div class="views-row"><a href="/b">Pool reopens after repairs</a><time datetime="2026-11-19T12:00:00Z">11/19/2026</time></div></div>
            <article><h1>Wexham library saved by council vote</h1><div class="node__meta"><time datetime="2026-11-17T12:00:00Z">11/17/2026</time></div>{Body}</article>
            """);
        Assert.Equal("2026-11-17T12:00:00+00:00", article.Published?.Local);
    }

    [Fact]
    public void A_todays_date_widget_in_the_masthead_is_not_the_dateline()
    {
        var article = Extract("", $"""
            <header><div class="block-date"><p id="todays-date">Friday, November 20, 2026</p></div></header>
            <article><h1>Wexham library saved by council vote</h1><p>By the newsdesk · 17.11.2026</p>{Body}</article>
            """);
        Assert.Equal("2026-11-17", article.Published?.Local);
    }

    [Fact]
    public void An_update_note_in_bold_inside_the_text_does_not_overrule_the_metadata()
    {
        // "Update 2026-11-19: …" without the d is an update label too; it is not a dateline that beats the metadata.
        var article = Extract("""<meta name="date" content="2026-11-14"><meta property="og:title" content="Wexham library saved">""", $"""
            <div class="post"><h2 class="post-title">Wexham library saved</h2>{Body}
            <p><b>Update 2026-11-19</b>: the council has published the full vote record.</p></div>
            """);
        Assert.Equal("2026-11-14", article.Published?.Local);
    }

    [Fact]
    public void A_pubdate_time_at_the_foot_of_a_long_text_overrules_metadata_days_apart()
    {
        var article = Extract("""<meta property="article:published_time" content="2026-11-19T16:02:00-05:00">""", $"""
            <article><h1>Wexham library saved by council vote</h1>{LongBody}
            <div class="article-body__published">Published <time pubdate datetime="2026-11-12">November 12, 2026</time></div></article>
            """);
        Assert.Equal("2026-11-12", article.Published?.Local);
    }

    [Fact]
    public void The_date_line_under_a_byline_in_an_author_box_after_the_text_dates_the_page()
    {
        var article = Extract("", $"""
            <main><h1>Wexham library saved by council vote</h1>{LongBody}
            <div class="box"><p class="small">Written by <a href="/team/ines">Ines Corr</a></p><p class="small">November 17, 2026</p></div></main>
            """);
        Assert.Equal("2026-11-17", article.Published?.Local);
    }

    [Theory]
    [InlineData(true, "2026-11-03")]
    [InlineData(false, "2026-03-11")]
    public void A_numeric_date_that_reads_two_ways_is_settled_by_the_pages_own_card_in_a_side_list(bool card, string expected)
    {
        var side = card ? """<aside class="recent"><h3>Recent posts</h3><a href="/library-vote">Wexham library saved</a> <time datetime="2026-11-03">November 3, 2026</time></aside>""" : "";
        var page = $"""<html lang="en"><body><article><h1>Wexham library saved by council vote</h1><ul class="entry-meta"><li><time datetime="03-11-2026">03-11-2026</time></li></ul>{Body}</article>{side}</body></html>""";
        var article = ArticleExtractor.Extract(page, "https://news.example/library-vote", Now);
        Assert.Equal(expected, article.Published?.Local[..10]);
    }

    [Fact]
    public void A_labelled_post_time_line_dates_a_page_whose_metadata_gives_only_an_update()
    {
        var article = Extract("""<meta property="article:modified_time" content="2026-11-19T07:00:00+00:00">""",
            $"""<article><h1>Wexham library saved by council vote</h1>{LongBody}<div style="text-align:right">Post time: 11-12-2026</div></article>""");
        Assert.Equal("2026-11-12", article.Published?.Local);
        Assert.Equal("published-line", article.Sources["published"]);
    }

    [Fact]
    public void A_published_by_line_is_not_a_publication_date()
    {
        var article = Extract("", $"""<article><h1>Wexham library saved by council vote</h1>{LongBody}<p>Published by Harbour Books, 2nd edition 12 March 2024</p></article>""");
        Assert.Null(article.Published);
    }

    [Theory]
    [InlineData("November 2, 2026", "2026-11-02")]
    [InlineData("November 20, 2026", "2026-11-19T09:00:00+00:00")]
    public void A_republished_piece_is_dated_when_it_first_ran_never_later(string original, string expected)
    {
        var article = Extract("""<meta property="article:published_time" content="2026-11-19T09:00:00+00:00">""",
            $"<article><h1>Wexham library saved by council vote</h1>{Body}</article><p class=\"disclaimer\">This story was originally published by the Harbour Gazette on {original} and is republished with permission.</p>");
        Assert.Equal(expected, article.Published?.Local);
    }

    [Fact]
    public void Pubdate_times_on_every_card_of_a_list_do_not_overrule_the_metadata()
    {
        var cards = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p class=\"s2\"><a href=\"/s{i}\">Story {i}</a> <time pubdate datetime=\"2026-11-0{i}\">November {i}, 2026</time></p>"));
        var article = Extract("""<meta property="article:published_time" content="2026-11-19T16:02:00-05:00">""",
            $"<article><h1>Wexham library saved by council vote</h1>{LongBody}</article><section class=\"s3\">{cards}</section>");
        Assert.Equal("2026-11-19T16:02:00-05:00", article.Published?.Local);
    }

    [Fact]
    public void A_date_printed_before_an_updated_label_is_not_the_update()
    {
        // "Updated 2 hours ago" glued after the publication time: the update's own date is not given.
        var article = Extract("", $"""
            <article><h1>Wexham library saved by council vote</h1>
            <div><time datetime="2026-11-17T10:41:00Z">November 17, 2026 10:41 AM UTC</time><span>Updated 2 hours ago</span></div>{Body}</article>
            """);
        Assert.Equal("2026-11-17", article.Published?.Local[..10]);
        Assert.Null(article.Modified);
    }
}
