using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Dates;

/// <summary>Finds dates, times, durations and sets in news text and resolves them against the publication date.</summary>
public static class DateRecognizer
{
    /// <param name="text">The tokenized text.</param>
    /// <param name="published">The article's publication date (its local calendar day): "yesterday" and "on Thursday" count from it.</param>
    /// <param name="dayFirst">Read "12/04/2025" as 12 April (the outlet's locale); month first otherwise, unless the first number exceeds 12.</param>
    /// <param name="skip">Tokens not to start an expression at (page furniture); null to read everything.</param>
    public static List<TemporalExpression> Find(TokenizedText text, DateOnly published, bool dayFirst = false, Func<int, bool>? skip = null) =>
        new DateMatcher(text, published, dayFirst).Run(skip);

    public static List<TemporalExpression> Find(string text, DateOnly published, bool dayFirst = false) =>
        Find(Tokenizer.Tokenize(text), published, dayFirst);
}
