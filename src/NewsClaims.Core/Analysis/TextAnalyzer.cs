using NewsClaims.Core.Analysis.Claims;
using NewsClaims.Core.Analysis.Dates;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Figures;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis;

/// <summary>Runs the recognisers over one text: furniture lines first, then dates, then figures outside the dates, then entities;
/// then builds the claims they make.</summary>
public static class TextAnalyzer
{
    /// <summary>Recorded with every stored analysis, so reprocessing can find rows an older analyzer produced.</summary>
    public const string Version = "analyze-6";

    /// <param name="text">Article text, paragraphs separated by line breaks.</param>
    /// <param name="published">The article's local publication date.</param>
    /// <param name="dayFirst">The outlet writes numeric dates day first (12/04 is 12 April).</param>
    public static TextAnalysis Analyze(string text, DateOnly published, bool dayFirst = false)
    {
        var (tokens, furniture, dates, figures) = FiguresAndDates(text, published, dayFirst);
        var entities = EntityRecognizer.Find(tokens, i => furniture[i]);
        var claims = ClaimBuilder.Build(tokens, figures, dates, entities, published);
        var (primary, unnamed) = ClaimBuilder.Sourcing(tokens, entities);
        return new TextAnalysis(published, figures, dates, entities, claims, primary, unnamed, text);
    }

    /// <summary>The first half of <see cref="Analyze"/>: the furniture lines, the dates, and the figures outside them.</summary>
    public static (TokenizedText Tokens, bool[] Furniture, List<TemporalExpression> Dates, List<Figure> Figures) FiguresAndDates(
        string text, DateOnly published, bool dayFirst = false)
    {
        var tokens = Tokenizer.Tokenize(text);
        var furniture = TextFurniture.Mark(tokens);
        var dates = DateRecognizer.Find(tokens, published, dayFirst, i => furniture[i]);
        var inDate = new bool[tokens.Count];
        var d = 0;
        for (var i = 0; i < tokens.Count && d < dates.Count; i++)
        {
            while (d < dates.Count && dates[d].End <= tokens[i].Start)
                d++;
            if (d < dates.Count && tokens[i].Start >= dates[d].Start && tokens[i].End <= dates[d].End)
                inDate[i] = true;
        }
        var figures = FigureRecognizer.Find(tokens, i => furniture[i] || inDate[i]);
        return (tokens, furniture, dates, figures);
    }
}
