using NewsClaims.Core.Extraction;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Each kind of page furniture stays out of the text, and the article's own structure stays in.</summary>
public sealed class FurnitureTests
{
    /// <summary>Extracts the page and checks that the article's sentences are in its text and the furniture's are not.</summary>
    private static void AssertText(string page, string[] kept, string[] leftOut)
    {
        var text = ArticleExtractor.Extract(page, "https://news.example/story", null).Text;
        foreach (var k in kept)
            Assert.Contains(k, text, StringComparison.Ordinal);
        foreach (var l in leftOut)
            Assert.DoesNotContain(l, text, StringComparison.Ordinal);
    }

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
        AssertText(page, kept: ["about a dozen on a good day", "once the last pile was in place"], leftOut: ["Official notices", "weekly harbour newsletter"]);
    }

    [Fact]
    public void Loose_text_between_the_bodys_blocks_is_kept()
    {
        // An old template writes the article straight into the page's column, beside furniture in the same column.
        const string page = """
            <html><body><div class="column">
            <div class="share"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a> <a href="/s/mail">Email</a></div>
            <h1>Three ferry routes return this winter</h1>
            <p>Three ferry routes that were cut during the pier repairs will run again from December, the harbour board said on Tuesday, with more sailings than before on two of them.</p>
            <h2>1. Skerrin to Port Amble</h2>
            <b>Sailings</b>: four a day from 1 December, up from two last winter.<br><b>Fare</b>: £6.50 for foot passengers.<br><br>
            The crossing takes forty minutes on the new hybrid ferry, which the operator leased from a Norwegian company in the spring.<br>
            <h2>2. Hollis Point to Wexham</h2>
            <b>Sailings</b>: two a day from 8 December, on weekdays only.<br><br>
            The route was suspended for most of the year while the pier at Hollis Point was rebuilt with new steel piles.<br>
            <p>The board said timetables for the third route, to the northern islands, would follow once the operator had crews trained for the winter crossings.</p>
            <ul class="related"><li><a href="/a">Bus fares rise in January</a></li><li><a href="/b">Harbour dredging to begin</a></li><li><a href="/c">Pier repairs finished early</a></li></ul>
            <div class="comments"><p>I have waited two years for the Hollis Point boat and will believe it when I see it at the pier.</p>
            <p>Four sailings a day is still not enough for those of us who commute to Port Amble for work every morning.</p>
            <p>The hybrid ferry is quieter than the old one, but the cafe on board has been closed since it arrived in the spring.</p></div>
            </div></body></html>
            """;
        AssertText(page, kept: ["Sailings: four a day from 1 December", "leased from a Norwegian company", "rebuilt with new steel piles"], leftOut: ["Bus fares rise", "cafe on board"]);
    }

    [Fact]
    public void An_article_written_as_loose_text_is_found_over_a_box_of_tidy_paragraphs()
    {
        const string page = """
            <html><body><div class="main"><h1>Harbour board sets winter timetable</h1>
            The harbour board set the winter ferry timetable on Tuesday, with four sailings a day to Port Amble from December.<br><br>
            Crossings to Hollis Point will run twice a day on weekdays once the rebuilt pier there is signed off by inspectors.<br><br>
            The board said fares would stay at this year's level until April, when the operator's new contract begins.
            </div>
            <ul class="related"><li><a href="/a">Bus fares rise in January across the county</a></li><li><a href="/b">Harbour dredging to begin next spring</a></li>
            <li><a href="/c">Pier repairs finished two weeks early</a></li><li><a href="/d">New cafe opens at the ferry terminal</a></li></ul>
            <div class="box"><p>Visit the harbour museum this winter and see the model of the first steam ferry to cross the sound.</p></div>
            </body></html>
            """;
        AssertText(page, kept: ["four sailings a day to Port Amble", "new contract begins"], leftOut: ["harbour museum"]);
    }

    [Fact]
    public void A_paywall_breaker_box_inside_the_body_is_furniture()
    {
        const string page = """
            <html><body><article><h1>Ferry operator wins five-year contract</h1>
            <p>The harbour board awarded the Skerrin ferry contract to the current operator on Tuesday, for five years from April.</p>
            <div class="restricted-content-breaker"><h3>Unlock this article and every island story</h3><p>Monthly</p><p>$12</p><p>Save 15% with an annual plan</p></div>
            </article></body></html>
            """;
        AssertText(page, kept: ["five years from April"], leftOut: ["Unlock this article"]);
    }

    [Fact]
    public void Syntax_classes_inside_a_code_block_are_not_page_furniture()
    {
        const string page = """
            <html><body><article><h1>Counting ferry sailings with a script</h1>
            <p>The harbour board publishes its timetable as a text file, and a short script turns it into a count of sailings a day.</p>
            <pre><code class="hljs"><span class="hljs-comment"># count the sailings on each day</span>
            sort timetable.txt | uniq -c</code></pre>
            <p>Run it each Monday and the count shows which crossings the winter timetable has cut.</p>
            </article></body></html>
            """;
        var article = ArticleExtractor.Extract(page, "https://news.example/script", null);
        Assert.Contains(article.Paragraphs, p => p.Kind == ParagraphKind.Preformatted && p.Text.Contains("# count the sailings on each day", StringComparison.Ordinal));
    }

    private const string ContractStory = """
        <p>The harbour board awarded the Skerrin ferry contract to the current operator on Tuesday, for five years from April.</p>
        <p>The operator will add a second boat on the Port Amble route in summer, the board said in a statement.</p>
        """;

    [Theory]
    [InlineData("single-content-author__about")]
    [InlineData("hero-author--bio")]
    [InlineData("component-about-the-author")]
    [InlineData("author-additional-info")]
    public void An_author_bio_box_is_furniture_whatever_the_template_calls_it(string cls)
    {
        var page = $"""
            <html><body><article><h1>Ferry operator wins five-year contract</h1>{ContractStory}
            <div class="{cls}"><p>Marta Lind is a transport reporter who has covered the islands' ferries for nine years.</p></div>
            </article></body></html>
            """;
        AssertText(page, kept: ["second boat"], leftOut: ["transport reporter who has covered"]);
    }

    [Theory]
    [InlineData("imageCaption")]
    [InlineData("photo-caption")]
    [InlineData("wp-caption-text")]
    public void A_photo_caption_is_furniture_whatever_the_template_calls_it(string cls)
    {
        var page = $"""
            <html><body><article><h1>Ferry operator wins five-year contract</h1>
            <div class="img-group"><img src="/boat.jpg" alt=""><p class="{cls}">The Skerrin ferry leaving Port Amble on a calm Tuesday morning in March</p></div>{ContractStory}
            </article></body></html>
            """;
        AssertText(page, kept: ["second boat"], leftOut: ["calm Tuesday morning"]);
    }

    [Fact]
    public void A_promotion_carousel_with_more_text_than_the_page_does_not_hide_the_page()
    {
        // A shop's banner cycles its offers in several languages: more prose than the short terms page under it, with
        // the menu between them.
        var slides = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<span class=\"promo-bar__text\"><p>Offer {i}: free delivery on ferry tickets bought online before the end of the month, see the fares page for details.</p></span>"));
        var links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/s{i}\">Sailing timetable for route number {i}</a></li>"));
        var page = $"""
            <html><body><div class="promo-bar"><div class="promo-bar__slide">{slides}</div></div><div class="menu"><ul>{links}</ul></div>
            <main><h1>Season ticket terms</h1><p>A season ticket is valid on every Skerrin sailing from the first in April to the last in October and may not be transferred to another person.</p></main>
            </body></html>
            """;
        AssertText(page, kept: ["may not be transferred"], leftOut: ["Offer 3"]);
    }

    [Fact]
    public void Sections_a_table_of_contents_jumps_to_are_the_article_and_a_modals_small_print_is_not()
    {
        // A CMS that builds the article from "jump-link" sections, and keeps its offer terms in a modal region at the foot.
        var page = """
            <html><body><div class="layout-content"><article class="node node--type-post"><h1>Ferry season tickets go on sale</h1>
            <div class="jump-link"><ul class="jump-link-nav"><li><a href="#prices">Prices</a></li><li><a href="#dates">Dates</a></li></ul>
            <div class="jump-link-items"><div id="prices" class="jump-link-content"><h2>Prices</h2>
            <p>A season ticket for the Skerrin crossing costs 240 pounds this year, up from 225, the operator said on Monday.</p>
            <p>Islanders with a resident card pay half, and children under twelve travel free with a paying adult.</p></div>
            <div id="dates" class="jump-link-content"><h2>Dates</h2>
            <p>Tickets are valid from the first sailing in April to the last sailing in October, including the extra summer boats.</p></div></div></div>
            </article></div>
            <div class="region region-modals"><div class="block-offer-terms"><p>*Offer Details</p>
            <p>Discount applies to one season ticket per household purchased before March 31 and cannot be combined with other offers or refunded after the first sailing.</p></div></div>
            </body></html>
            """;
        AssertText(page, kept: ["costs 240 pounds", "last sailing in October"], leftOut: ["cannot be combined"]);
    }

    private const string ItemListLd = """
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[
        {"@type":"ListItem","position":1,"name":"Harbour Trail 3"},{"@type":"ListItem","position":2,"name":"Skerrin Ridge"}]}</script>
        """;

    [Fact]
    public void A_roundup_article_that_marks_its_picks_as_an_item_list_is_still_an_article()
    {
        var review = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<h2>Pick {i}</h2><p>We ran this shoe for {i * 40} kilometres on the coastal path and the ridge trail, in rain and on dry rock, and the grip held on wet stone where the cheaper pairs slid.</p>"));
        var page = $"<html><head>{ItemListLd}</head><body><article><h1>The best trail shoes for island paths</h1>{review}</article></body></html>";
        var article = ArticleExtractor.Extract(page, "https://news.example/best-trail-shoes", null);
        Assert.True(article.IsArticle, article.NotArticleReason);
        Assert.Contains("grip held on wet stone", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_items_with_no_prose_of_its_own_marked_as_an_item_list_is_a_listing()
    {
        var items = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a href=\"/shoe/{i}\">Trail shoe {i}</a><p>Light, grippy, {i * 10} reviews.</p></li>"));
        var page = $"<html><head>{ItemListLd}</head><body><main><h1>Trail shoes</h1><ul>{items}</ul></main></body></html>";
        var article = ArticleExtractor.Extract(page, "https://news.example/trail-shoes", null);
        Assert.False(article.IsArticle);
        Assert.Equal("listing", article.NotArticleReason);
    }

    [Fact]
    public void A_page_builders_posts_grid_after_the_article_is_furniture()
    {
        var cards = string.Concat(Enumerable.Range(1, 3).Select(i => $"""
            <article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/p{i}">Harbour fees explained, part {i}</a></h3>
            <div class="elementor-post__meta-data">March {i}, 2026</div><div class="elementor-post__excerpt"><p>When the harbour board sets its fees each spring, boat owners ask what changed and why the mooring charge rose again this year.</p></div></div></article>
            """));
        var page = $"""
            <html><body><div class="elementor-widget-theme-post-content"><h1>Can a ferry operator refuse a booking?</h1>
            <p>An operator may refuse a booking only for reasons set out in its published conditions of carriage, the harbour ombudsman said on Friday.</p>
            <p>Passengers who were turned away without a stated reason can ask for a refund and a written explanation within fourteen days.</p>
            <p>The ombudsman upheld four of the eleven complaints it received last year about refused bookings, most of them on the winter timetable.</p>
            <p>In two of those cases the operator had cited a full car deck, but its own records showed spaces left on the sailing.</p>
            <p>Operators must keep booking records for two years, and the ombudsman can ask for them when a passenger complains.</p></div>
            <div class="elementor-widget-posts"><div class="elementor-posts-container elementor-posts">{cards}</div></div></body></html>
            """;
        AssertText(page, kept: ["conditions of carriage"], leftOut: ["mooring charge rose"]);
    }

    [Fact]
    public void A_testimonial_slider_is_furniture_but_a_testimonial_block_in_the_post_is_a_quote()
    {
        var page = """
            <html><body><article><h1>How we cut mooring waits at Port Amble</h1>
            <p>Boat owners waited an average of nine days for a visitor mooring last summer; this year the wait is two days, after the harbour moved to online booking.</p>
            <p>The booking system shows free moorings a week ahead and holds a berth for six hours while the owner confirms.</p>
            <div class="wp-block-columns testimonial"><div class="wp-block-column testimonial__quote"><p>"We booked from the boat and had a berth before we reached the breakwater," said one skipper.</p></div></div>
            <p>The harbour board plans to add the two smaller quays to the system before next season.</p></article>
            <div class="strong-content"><div class="wpmtst-testimonial testimonial t-slide"><p>Friendly harbour staff and spotless showers, five stars from our whole crew!</p></div></div>
            </body></html>
            """;
        AssertText(page, kept: ["had a berth before we reached the breakwater"], leftOut: ["spotless showers"]);
    }

    private static string Card(int i, bool linkAroundHeading) => linkAroundHeading
        ? $"""
            <li><div><a href="/story/{i}"><h3>Harbour story number {i} from the archive</h3></a><p>Nils Vik - 2026-0{i}-14</p><p>A short excerpt of story {i}, two lines at most, to tempt a click.</p></div><div><a href="/story/{i}">Read article</a></div></li>
            """
        : $"""
            <div class="item"><h3><a href="/story/{i}">Harbour story number {i} from the archive</a></h3><p>A short excerpt of story {i}, two lines at most, to tempt a click.</p></div>
            """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cards_of_other_stories_after_the_article_are_furniture_whatever_their_classes(bool linkAroundHeading)
    {
        var article = """
            <p>The harbour board will dredge the inner basin in February, the first time in eleven years, so that the larger ferry can berth at low tide.</p>
            <p>Dredging will close the fuel quay for three weeks; boats will refuel at the north pontoon, where a temporary pump is being fitted.</p>
            <p>The work costs 1.8 million pounds, two thirds of it from the regional transport fund and the rest from harbour dues.</p>
            <p>Spoil from the basin will be taken by barge to the licensed disposal site twelve miles offshore, the board said.</p>
            """;
        var page = $"<html><body><article><h1>Inner basin to be dredged in February</h1>{article}</article><section class=\"s3\"><h2>From the archive</h2><div class=\"grid\">{Card(1, linkAroundHeading)}{Card(2, linkAroundHeading)}{Card(3, linkAroundHeading)}{Card(4, linkAroundHeading)}</div></section></body></html>";
        AssertText(page, kept: ["licensed disposal site"], leftOut: ["excerpt of story"]);
    }

    [Theory]
    [InlineData("data-component", "share-bar")]
    [InlineData("data-testid", "related-links")]
    [InlineData("data-module", "newsletter-signup")]
    public void A_box_named_only_in_its_data_attributes_is_furniture(string attribute, string name)
    {
        // Component-built templates give their parts utility classes and name them in data attributes.
        var page = $"""
            <html><body><main class="mx-auto max-w-4xl"><h1>Inner basin to be dredged in February</h1>{FerryText}
            <div class="flex gap-2 mt-4" {attribute}="{name}"><p>Island council approves winter timetable after a long campaign by commuters and staff.</p></div>
            </main></body></html>
            """;
        AssertText(page, kept: ["last return leaving the mainland"], leftOut: ["long campaign by commuters"]);
    }

    [Fact]
    public void A_wire_storys_section_label_and_dateline_over_the_text_are_left_out()
    {
        // The section label over the headline, and a <time> glued to "Updated 2 hours ago" with no space between them.
        var page = $"""
            <html><body><main><article><div><a href="/world">World</a><h1>Inner basin to be dredged in February</h1>
            <div><time datetime="2026-11-19T10:41:22Z">November 19, 2026 10:41 AM UTC</time><span>Updated 2 hours ago</span></div></div>
            <div data-testid="ArticleBody">{FerryText}</div></article></main></body></html>
            """;
        var article = ArticleExtractor.Extract(page, "https://news.example/story", null);
        Assert.StartsWith("The island council has approved", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subscription_promo_named_in_data_qa_is_furniture()
    {
        var page = $"""
            <html><body><main><article><h1>Inner basin to be dredged in February</h1><div class="article-body">{FerryText}
            <div data-qa="subscribe-promo"><p>The Harbour Post is free for islanders who register. Subscribe for unlimited access to every story.</p></div>
            </div></article></main></body></html>
            """;
        AssertText(page, kept: ["last return leaving the mainland"], leftOut: ["unlimited access"]);
    }

    [Fact]
    public void An_article_made_of_short_linked_entries_keeps_them()
    {
        // A live blog or a list of picks is cards too; when the cards are the article they stay.
        var entries = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<div class=\"entry\"><h2><a href=\"#e{i}\">{9 + i}:00 Ferry update {i}</a></h2><p>Sailing {i} left Port Amble on time with {i * 40} passengers aboard, the operator said.</p></div>"));
        var page = $"<html><body><main><h1>Live: ferry strike called off</h1><div class=\"entries\">{entries}</div></main></body></html>";
        AssertText(page, kept: ["Sailing 3 left Port Amble"], leftOut: []);
    }

    private const string FerryText = """
        <p>The island council has approved a winter timetable that keeps the early ferry running on weekdays from November to March.</p>
        <p>Commuters had warned that cutting the 6:40 sailing would leave nurses and teachers unable to reach the mainland by eight.</p>
        <p>The operator will run the smaller vessel on that sailing to save fuel, the council said in a statement on Thursday.</p>
        <p>Weekend sailings drop from six to four a day, with the last return leaving the mainland at half past six in the evening.</p>
        """;

    [Fact]
    public void An_article_rendered_twice_by_its_template_is_written_once()
    {
        var page = $"<html><body><div class=\"desktop\"><h1>Early ferry kept in winter timetable</h1>{FerryText}</div><main class=\"post-main hide\"><article>{FerryText}</article></main></body></html>";
        var article = ArticleExtractor.Extract(page, "https://news.example/winter-timetable", null);
        Assert.Single(article.Paragraphs, p => p.Text.StartsWith("Commuters had warned", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_the_article_repeats_on_its_own_is_kept_each_time()
    {
        const string note = "<p>Prices were checked on the operator's booking site on Monday and may have changed since; we earn nothing from these links.</p>";
        var page = $"<html><body><article><h1>Three ways to cross to Skerrin</h1><h2>Car ferry</h2><p>The car ferry takes fifty minutes and runs six times a day in summer, four in winter.</p>{note}<h2>Foot ferry</h2><p>The foot ferry is faster, at thirty minutes, but does not sail in winds above force six.</p>{note}</article></body></html>";
        var article = ArticleExtractor.Extract(page, "https://news.example/crossings", null);
        Assert.Equal(2, article.Paragraphs.Count(p => p.Text.StartsWith("Prices were checked", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Marta Lind", true)]
    [InlineData("Harwick Transit", false)]
    public void The_authors_biography_after_the_text_is_left_out_but_an_organisations_closing_pitch_is_not(string author, bool person)
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Tram stop {i} on the Harwick line opens on Sunday with a shelter, a ticket machine and step-free access to the platform.</p>"));
        var close = person
            ? $"<p>{author}</p><p>Senior Writer</p><p>{author} is a transport reporter who has covered the county's buses, trains and trams since 2015.</p>"
            : $"<p>{author} is the county's public transport operator, running eleven bus routes and, from Sunday, the tram line.</p>";
        var page = $"""<html><head><meta name="author" content="{author}"><meta property="og:site_name" content="Harwick Transit"></head><body><article><h1>Harwick trams start on Sunday</h1>{paragraphs}{close}</article></body></html>""";
        var text = ArticleExtractor.Extract(page, "https://news.example/tram", null).Text;
        Assert.Contains("Tram stop 8 on the Harwick line", text, StringComparison.Ordinal);
        Assert.Equal(!person, text.Contains($"{author} is ", StringComparison.Ordinal));
        Assert.DoesNotContain("Senior Writer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_storys_closing_note_on_its_reporter_is_left_out()
    {
        const string page = """
            <html><head><meta name="author" content="Marta Lind"></head><body><article><h1>Harwick trams start on Sunday</h1>
            <p>Marta Lind rode the first test tram on Friday: the line to Harwick opens to passengers on Sunday, eleven months after the first rails were laid.</p>
            <p>Trams will run every eight minutes at peak times and every fifteen in the evenings, the transport authority said.</p>
            <p>Fares match the buses', and bus tickets bought on the day are valid on the trams.</p>
            <p>Marta Lind covers transport for the Courier. Reach her at mlind@courier.example.</p></article></body></html>
            """;
        var text = ArticleExtractor.Extract(page, "https://news.example/tram", null).Text;
        Assert.Contains("Marta Lind rode the first test tram", text, StringComparison.Ordinal);
        Assert.Contains("valid on the trams", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reach her at", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_desks_description_of_itself_after_the_text_is_left_out()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Tram stop {i} on the Harwick line opens on Sunday with a shelter, a ticket machine and step-free access to the platform.</p>"));
        var page = $"""<html><head><meta name="author" content="Courier Transport Desk"><meta property="og:site_name" content="Harwick Courier"></head><body><article><h1>Harwick trams start on Sunday</h1>{paragraphs}<p>The Courier Transport Desk is a team of reporters who follow every bus, train and tram in the county.</p></article></body></html>""";
        var text = ArticleExtractor.Extract(page, "https://news.example/tram", null).Text;
        Assert.Contains("Tram stop 8 on the Harwick line", text, StringComparison.Ordinal);
        Assert.DoesNotContain("team of reporters", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"/login\">Already a subscriber? Sign in</a> <a href=\"/subscribe\">Start your free trial</a>")]
    [InlineData("<div class=\"ad-slot\">Advertisement · Scroll to continue reading</div>")]
    public void A_short_free_brief_on_a_site_with_subscription_links_in_its_header_is_an_article(string header)
    {
        // "Already a subscriber?" and "Start your free trial" sit in many news sites' headers; only a cut-off text
        // ("Subscribe to continue reading") marks a paywall.
        var page = $"""
            <html><body><header>{header}</header>
            <article><h1>Ferry fares frozen for winter</h1>
            <p>The island ferry operator will keep fares at this year's level until the end of March, the harbour board said on Thursday.</p>
            <p>A return crossing for a car and driver stays at 38 pounds, and foot passengers pay 9 pounds.</p></article></body></html>
            """;
        var article = ArticleExtractor.Extract(page, "https://news.example/fares", null);
        Assert.True(article.IsArticle, article.NotArticleReason);
    }

    [Fact]
    public void A_short_article_about_cookie_consent_is_an_article_not_a_consent_wall()
    {
        var page = """
            <html><body><article><h1>Regulator fines retailer over cookie banner</h1>
            <p>The data protection regulator fined an online retailer 1.2 million euros on Tuesday for setting advertising cookies before visitors gave consent.</p>
            <p>Its banner also hid the option to refuse cookies behind two extra clicks, the regulator said, which made consent neither free nor informed.</p>
            <p>The retailer said it had changed the banner in March and would appeal.</p></article></body></html>
            """;
        var article = ArticleExtractor.Extract(page, "https://news.example/cookie-fine", null);
        Assert.True(article.IsArticle, article.NotArticleReason);
    }

    [Fact]
    public void A_one_paragraph_brief_beside_a_column_of_other_stories_is_an_article_not_a_listing()
    {
        var others = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><h3><a href=\"/s{i}\">Other harbour story number {i}</a></h3></li>"));
        var page = $"""
            <html><body><div class="main"><h1>Ferry fares frozen for winter</h1>
            <p>The island ferry operator will keep fares at this year's level until the end of March, the harbour board said on Thursday, after a review of fuel costs.</p>
            <p>A return crossing stays at 38 pounds.</p></div><div class="col"><ul>{others}</ul></div></body></html>
            """;
        var article = ArticleExtractor.Extract(page, "https://news.example/fares", null);
        Assert.True(article.IsArticle, article.NotArticleReason);
    }
    private const string StoryParagraphs = """
        <p>The harbour board approved a plan on Monday to dredge the inner basin for the first time in twenty years, clearing silt that has grounded two fishing boats since the spring.</p>
        <p>Work is due to start in February and cost about 3.4 million pounds, shared between the board and the county council, the board's chair said after the vote.</p>
        <p>Skippers welcomed the decision but asked for the work to avoid the herring season, when the quay handles most of its catch.</p>
        """;

    [Fact]
    public void A_reader_funding_appeal_after_the_text_is_left_out()
    {
        var page = $"""
            <html><body><article><h1>Harbour basin to be dredged</h1><div class="story">{StoryParagraphs}</div>
            <div id="slot-end"><h2>Thanks for reading to the end.</h2><p>Before you go, would you consider supporting the Gazette's independent journalism? Every gift keeps our reporting free for everyone.</p><a href="/give">Support the Gazette</a></div>
            </article></body></html>
            """;
        AssertText(page, ["herring season"], ["Thanks for reading", "independent journalism", "Support the Gazette"]);
    }

    [Fact]
    public void A_story_about_a_charity_appeal_keeps_its_donate_link_paragraph()
    {
        var page = $"""
            <html><body><article><h1>Lifeboat crew appeals for a new engine</h1><div class="story">{StoryParagraphs}
            <div class="box"><p>The lifeboat station needs 80,000 pounds by the summer; its volunteers have raised half so far at quiz nights and a sponsored swim.</p><a href="https://rnli.example/give">Donate to the station</a></div></div>
            </article></body></html>
            """;
        AssertText(page, ["raised half so far"], []);
    }

    [Fact]
    public void A_short_closing_line_after_a_rule_stays_with_the_text()
    {
        // No container class names the body here, so the text is the best run of paragraphs, which the short last line
        // would otherwise fall outside of.
        var page = $"""
            <html><body><div class="page"><h1>Harbour basin to be dredged</h1><div class="copy">{StoryParagraphs}<p>___</p><p>Ruiz reported from Port Amble.</p></div>
            <div class="rail"><h2>Most read</h2><ul><li><a href="/a">Storm closes ring road</a></li><li><a href="/b">Quota row deepens</a></li></ul></div></div></body></html>
            """;
        AssertText(page, ["herring season", "Ruiz reported from Port Amble."], ["Storm closes ring road"]);
    }

    [Fact]
    public void A_labelled_date_line_under_the_text_is_left_out()
    {
        var page = $"""
            <html><body><article><h1>Harbour basin to be dredged</h1>{StoryParagraphs}<p>Last modified on Thu 19 Nov 2026 16.02 GMT</p><p>Last Updated on November 15, 2026</p><p>Updated at noon: the board said it would publish the dredging contract and its costs in full next week.</p></article></body></html>
            """;
        AssertText(page, ["herring season", "Updated at noon: the board said"], ["Last modified on", "Last Updated on"]);
    }
    [Fact]
    public void Counters_over_the_text_and_the_author_box_and_responses_under_it_are_left_out()
    {
        // A blogging platform's page: no class names the parts, so only their wording says what they are.
        var page = $"""
            <html><body><article><h1>Harbour basin to be dredged</h1><div><span>312</span></div><div><span>1.2K</span></div>
            <section>{StoryParagraphs}</section>
            <div><h2>Written by Nils Vik</h2><p>42 followers · 18 following</p><p>Writes about boats, tides and the people who work the quay.</p></div>
            <div><h2>Responses (2)</h2><p>The silt has been a problem for years; about time.</p><p>Agree with the skippers on the herring timing.</p></div>
            </article></body></html>
            """;
        AssertText(page, ["harbour board approved", "herring season"], ["312", "1.2K", "Written by", "42 followers", "Writes about boats", "Responses", "about time", "Agree with the skippers"]);
    }

    [Fact]
    public void The_text_goes_on_after_an_author_box_set_beside_it_and_a_step_number_stays()
    {
        var page = $"""
            <html><body><article><h1>Harbour basin to be dredged</h1>{StoryParagraphs}
            <h3>About the author</h3><p>Nils Vik has covered the harbour for the Gazette since 2019.</p>
            <h3>What happens next</h3><p>1</p><p>The board will invite tenders for the dredging contract in December, with a shortlist due in January.</p>
            </article></body></html>
            """;
        AssertText(page, ["herring season", "What happens next", "invite tenders"], ["has covered the harbour"]);
        Assert.Contains(ArticleExtractor.Extract(page, "https://news.example/story", null).Paragraphs, p => p.Text == "1");
    }

    [Fact]
    public void A_reviewer_box_and_a_disclaimer_under_the_text_are_dropped()
    {
        var page = $"""
            <html><body><article><h1>Harbour basin to be dredged</h1>{StoryParagraphs}
            <h3>About the Reviewer:</h3><p>Dr. Ines Moura is a marine ecologist who reviews the Gazette's coverage of the coast.</p>
            <h3>Disclaimer</h3><p>This article is for general information only and is not engineering or legal advice.</p>
            <h3>What happens next</h3><p>The board will invite tenders for the dredging contract in December, with a shortlist due in January.</p>
            </article></body></html>
            """;
        AssertText(page, ["herring season", "invite tenders"], ["marine ecologist", "About the Reviewer", "Disclaimer", "general information only"]);
    }
}
