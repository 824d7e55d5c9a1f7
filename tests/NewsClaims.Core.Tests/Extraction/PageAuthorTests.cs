using NewsClaims.Core.Extraction;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Author blocks as templates build them: the name beside a job title, share buttons and comment forms.</summary>
public sealed class PageAuthorTests
{
    private const string Body = """
        <p>The tram line to Harwick opens to passengers on Sunday, eleven months after the first rails were laid along the old goods yard.</p>
        <p>The transport authority said trams will run every eight minutes at peak times and every fifteen in the evenings.</p>
        """;

    private static ExtractedArticle Extract(string body) =>
        ArticleExtractor.Extract($"<html><body>{body}</body></html>", "https://news.example/tram", null);

    [Fact]
    public void The_name_part_of_an_author_block_is_the_author_not_the_job_title_glued_to_it()
    {
        var article = Extract($"""
            <article><h1>Harwick trams start on Sunday</h1>
            <div class="article__author"><span class="article__author__name">Marta Lind</span><span class="article__author__position">Transport Editor</span></div>
            {Body}</article>
            """);
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void A_name_in_its_own_paragraph_over_the_date_in_an_author_block_is_the_author()
    {
        // No space in the markup between the paragraph and the date after it: the block's end separates them.
        var article = Extract($"""
            <main><h1>Harwick trams start on Sunday</h1><div class="post-author-details"><p>Marta Lind</p><small class="muted">December 17, 2025</small></div>
            {Body}</main>
            """);
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void A_byline_with_share_buttons_gives_only_the_name()
    {
        var article = Extract($"""
            <article><h1>Harwick trams start on Sunday</h1>
            <p>By <a href="/about"><span class="entry-author-name">Marta Lind</span></a> <span class="share">FacebookTweetPin</span></p>
            {Body}</article>
            """);
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void A_name_field_in_the_comment_form_is_never_the_author()
    {
        var article = Extract($"""
            <article><h1>Harwick trams start on Sunday</h1>{Body}</article>
            <div class="comments"><form><p class="comment-form-author"><label class="comment-author-name">Name *</label><input name="author"></p></form></div>
            <div class="byline">Omar Haddad</div>
            """);
        Assert.DoesNotContain("Name *", article.Authors);
    }
    [Fact]
    public void The_byline_under_the_real_headline_is_found_when_the_logo_is_an_h1_too()
    {
        var article = Extract($"""
            <header class="site-header"><h1><a href="/">Harwick Weekly</a></h1></header>
            <div class="grid">{string.Concat(Enumerable.Repeat("<div><span>Menu item</span></div>", 30))}</div>
            <article><h1>Harwick trams start on Sunday</h1><p class="meta">By <a href="/staff/marta-lind">Marta Lind</a> | 17 November 2026</p>{Body}</article>
            """);
        Assert.Equal(["Marta Lind"], article.Authors);
    }
    [Fact]
    public void An_organisation_named_as_author_in_structured_data_gives_way_to_a_persons_byline()
    {
        const string ld = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harwick trams start on Sunday","author":{"@type":"Organization","name":"Harwick Weekly"}}</script>""";
        var withByline = ArticleExtractor.Extract(
            $"<html><head>{ld}</head><body><article><h1>Harwick trams start on Sunday</h1><p>By Marta Lind</p>{Body}</article></body></html>", "https://news.example/tram", null);
        Assert.Equal(["Marta Lind"], withByline.Authors);
        var without = ArticleExtractor.Extract(
            $"<html><head>{ld}</head><body><article><h1>Harwick trams start on Sunday</h1>{Body}</article></body></html>", "https://news.example/tram", null);
        Assert.Equal(["Harwick Weekly"], without.Authors);
        Assert.Equal("json-ld", without.Sources["authors"]);
    }

    [Theory]
    [InlineData("<div class=\"byline\"><span>Marta Lind</span><span>Senior Transport Reporter</span></div>", new[] { "Marta Lind" })]
    [InlineData("<div class=\"post-author\"><strong>Harbour Desk Team</strong><button>Share Article</button><button>Copy link</button></div>", new[] { "Harbour Desk Team" })]
    [InlineData("<div class=\"authors\"><h2>About Our Expert</h2><h3>Marta Lind</h3><h4>Writer, Transport</h4></div>", new[] { "Marta Lind" })]
    [InlineData("<div class=\"byline\"><ul><li>Marta Lind</li><li>Owen Pryce</li></ul><span>Edited by: Rhiannon Tate</span></div>", new[] { "Marta Lind", "Owen Pryce" })]
    [InlineData("<div class=\"byline\"><span>Written by</span><span>Marta Lind</span></div>", new[] { "Marta Lind" })]
    public void A_job_title_or_buttons_in_their_own_elements_after_the_name_are_not_part_of_it(string block, string[] expected)
    {
        var article = Extract($"<article><h1>Harwick trams start on Sunday</h1>{block}{Body}</article>");
        Assert.Equal(expected, article.Authors);
    }

    [Fact]
    public void A_topic_button_whose_id_mentions_the_author_is_not_a_byline()
    {
        var article = Extract($"""<article><h1>Harwick trams start on Sunday</h1><button><a href="/topics/transport" id="author-modal">Urban Transport</a></button>{Body}</article>""");
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void A_bylines_date_and_the_word_before_it_are_trimmed()
    {
        var article = Extract($"<article><h1>Harwick trams start on Sunday</h1><p class=\"post-meta\"><span class=\"author\">Marta Lind on November 17, 2026</span></p>{Body}</article>");
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    // A long article: its end is far from the headline, where bylines are looked for first.
    private static readonly string LongBody = string.Concat(Enumerable.Repeat(Body, 30));

    [Fact]
    public void A_written_by_line_in_the_author_box_after_a_long_text_is_the_author()
    {
        var article = Extract($"<article><h1>Harwick trams start on Sunday</h1>{LongBody}</article><section><h3>Written by Marta Lind</h3><p>Marta covers transport for the paper.</p></section>");
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void A_bare_by_credit_after_a_long_text_is_not_the_author()
    {
        var article = Extract($"<article><h1>Harwick trams start on Sunday</h1>{LongBody}<p>By Harbour Photo Agency</p></article>");
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void A_date_printed_before_the_name_and_on_whose_behalf_are_not_part_of_it()
    {
        var article = Extract($"<section><h1>Harwick trams start on Sunday</h1><div class=\"publish-date-author\">Nov. 17, 2026 · Marta Lind on behalf of the Transport Board</div>{Body}</section>");
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void On_a_page_without_an_h1_the_byline_under_the_paragraph_that_reads_as_the_title_is_found()
    {
        var article = ArticleExtractor.Extract($"""
            <html><head><meta property="og:title" content="Harwick trams start on Sunday"></head><body>
            <div class="hero"><p class="hero-title">Harwick trams start on Sunday</p><div class="hero-meta"><span>By Marta Lind</span> <span>3 min read</span></div></div>
            <div class="content">{Body}</div></body></html>
            """, "https://news.example/tram", null);
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void A_personal_blog_signed_by_its_owner_keeps_the_owner_as_author()
    {
        var article = ArticleExtractor.Extract($"""
            <html><head><meta property="og:site_name" content="Rosa Tamm"></head><body>
            <header><p class="site-title"><a href="/">Rosa Tamm</a></p></header>
            <article><h1>Harwick trams start on Sunday</h1><div class="entry-meta"><span class="byline">By <a href="/about">Rosa Tamm</a></span></div>
            {Body}</article></body></html>
            """, "https://rosatamm.example/trams", null);
        Assert.Equal(["Rosa Tamm"], article.Authors);
    }

    [Fact]
    public void The_sites_name_in_an_element_merely_classed_as_author_is_not_taken()
    {
        // Only an explicit byline may name the site; a class-name guess that lands on it has usually found the logo.
        var article = ArticleExtractor.Extract($"""
            <html><head><meta property="og:site_name" content="Harwick Transit"></head><body>
            <div class="author-brand">Harwick Transit</div>
            <article><h1>Harwick trams start on Sunday</h1>{Body}</article></body></html>
            """, "https://transit.example/trams", null);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void An_author_field_in_a_fact_box_after_the_text_names_the_author()
    {
        var article = Extract($"""
            <article><h1>Harwick trams start on Sunday</h1>{LongBody}
            <aside class="facts"><div class="item"><h3>Published</h3><p>November 20, 2026</p></div>
            <div class="item"><h3>Author</h3><p>Marta Lind</p></div><div class="item"><h3>Topic</h3><p>Transport</p></div></aside></article>
            """);
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void An_author_label_in_its_own_element_before_the_name_is_a_byline()
    {
        var article = Extract($"""
            <article><h1>Harwick trams start on Sunday</h1>
            <dl class="meta"><dt>Author</dt><dd>Marta Lind</dd><dt>Section</dt><dd>Transport</dd></dl>{Body}</article>
            """);
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void A_label_that_is_not_about_authorship_names_no_one()
    {
        var article = Extract($"""
            <article><h1>Harwick trams start on Sunday</h1>{Body}
            <div class="item"><h3>Topic</h3><p>Transport Policy</p></div></article>
            """);
        Assert.Empty(article.Authors);
    }

    [Theory]
    // A meta author that is only the site gives way to the printed byline.
    [InlineData("""<meta name="author" content="Harwick Courier">""", """<p class="byline">By Marta Lind</p>""", "Marta Lind")]
    // A byline that prints the site after the name gives the person.
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Harwick Courier"}}</script>""",
        """<div class="byline">Marta Lind Harwick Courier</div>""", "Marta Lind")]
    // The site named as author stays when the page prints no person.
    [InlineData("""<meta name="author" content="Harwick Courier">""", """<div class="byline">Harwick Courier Sponsored</div>""", "Harwick Courier")]
    public void An_author_that_is_only_the_site_gives_way_to_a_printed_person(string head, string byline, string expected)
    {
        var article = ArticleExtractor.Extract(
            $"""<html><head><meta property="og:site_name" content="Harwick Courier">{head}</head><body><article><h1>Harwick trams start on Sunday</h1>{byline}{Body}</article></body></html>""",
            "https://courier.example/tram", null);
        Assert.Equal([expected], article.Authors);
    }

    [Fact]
    public void An_author_given_as_a_reference_into_the_json_ld_graph_is_resolved_to_the_persons_name()
    {
        // Graph builders (Yoast and others) write the article's author as {"@id": …} and the person as a node of its own;
        // the CMS account in the author meta tag is a username.
        var article = ArticleExtractor.Extract($$$"""
            <html><head><meta name="author" content="mlind42">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"Article","@id":"https://news.example/tram/#article","headline":"Harwick trams start on Sunday","author":{"@id":"https://news.example/#/schema/person/7"}},
              {"@type":"Person","@id":"https://news.example/#/schema/person/7","name":"Marta Lind"}]}</script>
            </head><body><article><h1>Harwick trams start on Sunday</h1>{{{Body}}}</article></body></html>
            """, "https://news.example/tram", null);
        Assert.Equal(["Marta Lind"], article.Authors);
        Assert.Equal("json-ld", article.Sources["authors"]);
    }

    [Theory]
    [InlineData("Marta Lind | Transport Editor | November 20, 2026", "Marta Lind")]
    [InlineData("Marta Lind · 20 November 2026", "Marta Lind")]
    [InlineData("Transport News | Harwick", "")]
    public void A_name_before_a_separator_and_the_date_under_the_headline_is_a_byline(string line, string expected)
    {
        var article = Extract($"<article><h1>Harwick trams start on Sunday</h1><p class=\"meta\">{line}</p>{Body}</article>");
        Assert.Equal(expected, string.Join(";", article.Authors));
    }

    [Theory]
    [InlineData("<meta property=\"og:site_name\" content=\"Marta Lind\">", "", "Marta Lind")]
    [InlineData("<title>Notes on tram signals | Marta Lind</title>", "", "Marta Lind")]
    [InlineData("<title>Notes on tram signals - Marta Lind's blog</title>", "", "Marta Lind")]
    [InlineData("<meta property=\"og:site_name\" content=\"Harwick Courier\">", "", null)]
    [InlineData("<meta property=\"og:site_name\" content=\"Grace Valley Energy\">", "", null)]
    [InlineData("<meta property=\"og:site_name\" content=\"Charlotte Gazette\">", "", null)]
    [InlineData("<meta property=\"og:site_name\" content=\"Marta Preston\">", "", "Marta Preston")]
    [InlineData("<meta property=\"og:site_name\" content=\"Marta Lind\">", "<p class=\"byline\">By Owen Pryce</p>", "Owen Pryce")]
    public void A_personal_site_named_after_its_owner_is_signed_by_them_when_nothing_else_signs_it(string head, string byline, string? author)
    {
        var article = ArticleExtractor.Extract(
            $"<html><head>{head}</head><body><article><h1>Notes on tram signals</h1>{byline}{Body}</article></body></html>", "https://news.example/tram", null);
        Assert.Equal(author is null ? [] : [author], article.Authors);
    }

    [Theory]
    [InlineData("<footer><p>© 2026 Marta Lind. All rights reserved.</p></footer>", "Marta Lind")]
    [InlineData("<footer><p>Copyright © 2019–2026 Marta Lind</p></footer>", "Marta Lind")]
    [InlineData("<footer><p>© 2026 Harwick Courier. All rights reserved.</p></footer>", null)]
    [InlineData("<footer><p>© 2026 Harwick Media Group Ltd</p></footer>", null)]
    public void A_personal_sites_copyright_holder_signs_a_page_nothing_else_signs(string footer, string? author)
    {
        var article = ArticleExtractor.Extract(
            $"<html><body><article><h1>Notes on tram signals</h1>{Body}</article>{footer}</body></html>", "https://news.example/tram", null);
        Assert.Equal(author is null ? [] : [author], article.Authors);
    }

    [Theory]
    [InlineData("<div><strong>Contributors:</strong> Marta Lind</div>")]
    [InlineData("<p>Autorin: Marta Lind</p>")]
    [InlineData("<p>Par Marta Lind</p>")]
    public void A_contributor_label_or_a_byline_in_another_language_under_the_headline_names_the_author(string byline)
    {
        var article = Extract($"<article><h1>Harwick trams start on Sunday</h1>{byline}{Body}</article>");
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void A_link_to_a_staff_page_numbered_before_the_name_is_the_byline()
    {
        var article = Extract($"""
            <article><h1>Harwick trams start on Sunday</h1>
            <div class="ar-by"><a href="/staff/4410/marta-lind/">Marta Lind</a><div>Harwick Courier</div></div>
            {Body}</article>
            """);
        Assert.Equal(["Marta Lind"], article.Authors);
    }

    [Fact]
    public void A_signup_boxs_small_print_under_the_headline_is_no_byline()
    {
        var article = Extract($"""
            <article><h1>Harwick trams start on Sunday</h1>{Body}
            <div class="signup"><p>Get the week's transport news.</p><button>Sign Up</button><p>By signing up, you agree to our Terms of Service.</p></div>
            </article>
            """);
        Assert.Empty(article.Authors);
    }
}
