using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Figures;

/// <summary>Finds money amounts, percentages, counts and quantities in news text and normalises each to a value, unit and interval.</summary>
public static class FigureRecognizer
{
    /// <param name="text">The tokenized text.</param>
    /// <param name="skip">Tokens that belong to something else (dates, page furniture) and must not be read as figures.</param>
    public static List<Figure> Find(TokenizedText text, Func<int, bool>? skip = null) => new FigureMatcher(text, skip).Run();

    public static List<Figure> Find(string text) => Find(Tokenizer.Tokenize(text));
}
