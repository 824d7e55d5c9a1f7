using System.Text;
using NewsClaims.Core.Extraction;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Hostile and odd input: deep nesting, huge pages, legacy charsets, empty input.</summary>
public sealed class LimitsTests
{
    private const string Prose = "The ferry company said on Monday that it would add two sailings a day from March, after a year of complaints about crowding.";

    [Fact]
    public void A_page_nested_a_hundred_thousand_deep_is_read_up_to_the_cut_without_overflowing_the_stack()
    {
        var html = "<html><body><h1>Deep page headline here</h1><p>" + Prose + "</p><p>" + Prose + "</p>" +
                   string.Concat(Enumerable.Repeat("<div>", 100_000)) + "tail text</body></html>";
        var article = ArticleExtractor.Extract(html, "https://example.org/deep");
        Assert.True(article.IsArticle);
        Assert.Contains("two sailings a day", article.Text);
    }

    [Fact]
    public void A_parse_that_runs_out_of_time_reports_the_page_as_not_read_instead_of_throwing()
    {
        var limits = ExtractionLimits.Default with { ParseTime = TimeSpan.Zero };
        var html = "<html><body><h1>Headline for a slow page</h1><p>" + Prose + "</p></body></html>";
        var article = ArticleExtractor.Extract(html, "https://example.org/slow", limits: limits);
        Assert.False(article.IsArticle);
        Assert.Equal("parse-timeout", article.NotArticleReason);
    }

    [Fact]
    public void Input_beyond_the_size_cap_is_cut_not_parsed_whole()
    {
        var limits = ExtractionLimits.Default with { MaxChars = 2_000 };
        var html = "<html><body><h1>Headline for a long page</h1><p>" + Prose + "</p><p>" + Prose + "</p><p>" + new string('x', 50_000) + " secret ending</p></body></html>";
        var article = ArticleExtractor.Extract(html, "https://example.org/big", limits: limits);
        Assert.DoesNotContain("secret ending", article.Text);
        Assert.Contains("two sailings a day", article.Text);
    }

    [Fact]
    public void A_windows_1252_page_without_a_declared_charset_keeps_its_accents_and_quotes()
    {
        var html = "<html><body><h1>Caf\u00e9 owners object</h1><p>\u201cWe were not asked,\u201d said Ren\u00e9e M\u00fcller, who has run the caf\u00e9 on the quay since 2004 and employs eleven people there.</p></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);
        var article = ArticleExtractor.Extract(bytes, "text/html", "https://example.org/cafe");
        Assert.Equal("Caf\u00e9 owners object", article.Title);
        Assert.Contains("\u201cWe were not asked,\u201d said Ren\u00e9e M\u00fcller", article.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not html at all")]
    [InlineData("<html><body></body></html>")]
    public void Empty_or_textless_input_is_not_an_article(string html)
    {
        var article = ArticleExtractor.Extract(html, "https://example.org/empty");
        Assert.False(article.IsArticle);
        Assert.Empty(article.Paragraphs);
    }
}
