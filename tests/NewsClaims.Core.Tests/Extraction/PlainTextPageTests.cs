using NewsClaims.Core.Extraction;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>A plain-text article (an ingested .txt file or manifest text) keeps its paragraphs through extraction.</summary>
public class PlainTextPageTests
{
    private static IReadOnlyList<string> Paragraphs(string text) =>
        ArticleExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", "https://coast.example/a")
            .Paragraphs.Select(p => p.Text).ToList();

    [Fact]
    public void Each_line_of_a_pasted_article_is_a_paragraph()
    {
        var text = "The harbour board approved the dredging plan on Monday after five years of delays and two public inquiries.\n"
                   + "Work will begin in March and remove about 180,000 cubic metres of silt from the entrance channel.\n\n"
                   + "The project will cost £12 million, most of it paid by the port's own reserves, the board said in a statement.\n";

        var paragraphs = Paragraphs(text);

        Assert.Equal(3, paragraphs.Count);
        Assert.StartsWith("Work will begin in March", paragraphs[1]);
    }

    [Fact]
    public void A_hard_wrapped_text_has_a_paragraph_per_block()
    {
        var text = "The harbour board approved the dredging plan on Monday after\nfive years of delays and two public inquiries.\n\n"
                   + "Work will begin in March and remove about 180,000 cubic\nmetres of silt from the entrance channel.\n";

        var paragraphs = Paragraphs(text);

        Assert.Equal(
        [
            "The harbour board approved the dredging plan on Monday after five years of delays and two public inquiries.",
            "Work will begin in March and remove about 180,000 cubic metres of silt from the entrance channel.",
        ], paragraphs);
    }

    [Fact]
    public void Markup_in_a_text_file_stays_text()
    {
        var paragraphs = Paragraphs("The council said <script>alert(1)</script> appeared in a complaint form it received on Monday morning.\n");

        Assert.Contains("<script>alert(1)</script>", Assert.Single(paragraphs));
    }
}
