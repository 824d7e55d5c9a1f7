using NewsClaims.Core.Extraction;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Which heading is the headline: site templates, extra headings and the tails titles carry.</summary>
public sealed class PageTitleTests
{
    private const string Body = """
        <p>Ferry crossings to the Skerrin islands resume on Monday after the harbour board finished repairs to the east pier, ten weeks later than planned.</p>
        <p>The board said the delay came from a shortage of the steel piles the pier needs and cost the operator about 600 sailings.</p>
        """;

    private static ExtractedArticle Extract(string head, string body, string bodyClass = "") =>
        ArticleExtractor.Extract($"<html><head>{head}</head><body class=\"{bodyClass}\">{body}</body></html>", "https://news.example/ferries", null);

    [Fact]
    public void A_page_wide_logo_class_on_body_does_not_hide_the_headline()
    {
        // WordPress marks every page of a site with a custom logo "wp-custom-logo"; the <h1> is still the article's.
        var article = Extract("""<meta property="og:title" content="Skerrin ferries back on Monday, board says | Harbour Times">""",
            $"<article><h1>Skerrin ferries back on Monday</h1>{Body}</article>", "single wp-custom-logo");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
        Assert.Equal("h1", article.Sources["title"]);
    }

    [Fact]
    public void A_section_after_a_bar_in_the_headline_is_dropped()
    {
        var article = Extract("<title>Skerrin ferries back on Monday | Opinion | Harbour Times</title>",
            $"<article><h1>Skerrin ferries back on Monday | Opinion</h1>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
    }

    [Fact]
    public void The_sites_name_after_a_dash_in_the_headline_is_dropped()
    {
        var article = Extract("""<meta property="og:site_name" content="Harbour Times">""",
            $"<article><h1>Skerrin ferries back on Monday – Harbour Times</h1>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
    }

    [Fact]
    public void With_several_headings_the_first_real_headline_wins_over_a_rewritten_social_title()
    {
        var article = Extract("""<meta property="og:title" content="Islanders cheer as the boats return">""",
            $"<header><h1>Harbour Times</h1></header><nav><h1>News &gt; Islands &gt; Transport</h1></nav>" +
            $"<article><h1>Skerrin ferries back on Monday after pier repairs</h1>{Body}<h1>More from the islands this week</h1></article>");
        Assert.Equal("Skerrin ferries back on Monday after pier repairs", article.Title);
    }

    [Fact]
    public void A_headline_stored_double_encoded_is_repaired()
    {
        var article = Extract("", $"<article><h1>The islandâ\u0080\u0099s ferries return â\u0080\u0094 with a new timetable</h1>{Body}</article>");
        Assert.Equal("The island’s ferries return — with a new timetable", article.Title);
    }
    [Fact]
    public void A_brand_colour_class_does_not_make_a_headline_a_logo()
    {
        var article = Extract("""<meta property="og:title" content="Skerrin ferry timetable | Harbour Times">""",
            $"<div class=\"hero bg-brand-green-900\"><h1>Skerrin ferries back on Monday</h1></div><article>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
        Assert.Equal("h1", article.Sources["title"]);
    }
    [Fact]
    public void A_date_printed_inside_the_headline_is_not_part_of_the_title()
    {
        var article = Extract("""<meta property="og:title" content="Skerrin ferries back on Monday">""",
            $"<article><h1><span class=\"date\">Nov 17 2026</span> Skerrin ferries back on Monday</h1>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
    }
    [Fact]
    public void A_subtitle_after_a_dash_goes_when_the_pages_own_title_leaves_it_out()
    {
        var article = Extract("""<title>Skerrin ferries back on Monday | Harbour Times</title><meta property="og:site_name" content="Harbour Times">""",
            $"<article><h1>Skerrin ferries back on Monday – what passengers need to know</h1>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
    }

    [Fact]
    public void A_section_label_before_the_headline_is_dropped()
    {
        var article = Extract("""<meta property="og:title" content="Skerrin ferries back on Monday | Harbour Times">""",
            $"<article><h1>News: Skerrin ferries back on Monday</h1>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
    }

    [Theory]
    [InlineData("Skerrin ferries back on Monday | Transport | Harbour Times Online", "Skerrin ferries back on Monday")]
    [InlineData("Ferry timetable | harbourtimes.co.uk", "Ferry timetable")]
    [InlineData("harbourtimes.com - Skerrin ferries back on Monday after repairs", "Skerrin ferries back on Monday after repairs")]
    public void Section_and_web_address_parts_leave_the_headline(string heading, string expected)
    {
        var article = Extract("", $"<article><h1>{heading}</h1>{Body}</article>");
        Assert.Equal(expected, article.Title);
    }

    [Fact]
    public void A_json_ld_headline_cut_short_gives_way_to_the_whole_social_title()
    {
        const string whole = "Skerrin ferries back on Monday after ten weeks of pier repairs (and what the new timetable means for commuters)";
        var article = Extract($$"""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Skerrin ferries back on Monday after ten weeks of pier repairs (and what"}</script>
            <meta property="og:title" content="{{whole}} - Harbour Times">
            """, $"<article>{Body}</article>");
        Assert.Equal(whole, article.Title);
    }

    [Fact]
    public void A_cms_tag_class_on_the_article_does_not_make_its_headline_a_logo()
    {
        var article = Extract("""<meta property="og:title" content="Skerrin ferries back on Monday | Harbour Times, the islands' own paper since 1921">""",
            $"<article class=\"post tag-ferry-brand\"><h1>Skerrin ferries back on Monday</h1>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
        Assert.Equal("h1", article.Sources["title"]);
    }

    [Theory]
    [InlineData("<dialog><h1>Select an option</h1></dialog>")]
    [InlineData("<div class=\"after-content\"><h1>A message from our editor, Ann Reid:</h1></div>")]
    [InlineData("<h1>Find out what the pier repairs mean for your crossing. Read our guide to the new timetable, the fares and the parking before you travel this winter.</h1>")]
    public void A_dialog_title_a_label_or_a_description_in_an_h1_is_not_the_headline(string heading)
    {
        var article = Extract("""<meta property="og:title" content="Skerrin ferries back on Monday">""", $"<article>{Body}</article>{heading}");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
    }

    [Fact]
    public void An_h1_that_is_the_site_part_of_the_window_title_is_the_site()
    {
        var article = Extract("""<title>Harbour Notes Blog: Skerrin ferries back on Monday</title><meta property="og:title" content="Skerrin ferries back on Monday">""",
            $"<header><h1>Harbour Notes Blog</h1></header><article>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
    }

    [Fact]
    public void An_h1_that_is_a_web_address_leaves_the_window_titles_headline()
    {
        var article = Extract("<title>harbournotes.com Skerrin ferries back on Monday</title>", $"<div><h1>harbournotes.com</h1></div><article>{Body}</article>");
        Assert.Equal("Skerrin ferries back on Monday", article.Title);
    }

    [Fact]
    public void A_headline_set_in_capitals_takes_the_metadatas_casing()
    {
        var article = Extract("""<meta property="og:title" content="Skerrin Ferries Back on Monday">""", $"<article><h1>SKERRIN FERRIES BACK ON MONDAY</h1>{Body}</article>");
        Assert.Equal("Skerrin Ferries Back on Monday", article.Title);
    }

    [Fact]
    public void A_headline_in_capitals_a_word_off_the_metadata_takes_the_metadatas_wording()
    {
        var article = Extract("""<meta property="og:title" content="Skerrin Ferries Back Monday: What Changes">""", $"<article><h1>SKERRIN FERRIES BACK ON MONDAY: WHAT CHANGES</h1>{Body}</article>");
        Assert.Equal("Skerrin Ferries Back Monday: What Changes", article.Title);
    }

    [Fact]
    public void A_headline_in_capitals_is_kept_when_the_metadata_orders_its_words_differently()
    {
        var article = Extract("""<meta property="og:title" content="Monday Skerrin Ferries Back">""", $"<article><h1>SKERRIN FERRIES BACK MONDAY</h1>{Body}</article>");
        Assert.Equal("SKERRIN FERRIES BACK MONDAY", article.Title);
    }
}
