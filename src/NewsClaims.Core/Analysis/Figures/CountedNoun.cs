using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Figures;

/// <summary>What a count counts: the noun phrase after it ("14,000 layoffs", "36 leading media platforms", "14,000 of its workers").</summary>
internal static class CountedNoun
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "its", "their", "his", "her", "our", "your", "my", "these", "those", "them", "whom", "which",
    };

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "children", "men", "women", "staff", "police", "personnel", "cattle", "sheep", "fish", "deer", "aircraft", "feet",
    };

    public static (string? Noun, int Last) After(TokenizedText t, int k)
    {
        if (t.Is(k, "of"))
        {
            k++;
            if (t.IsWord(k) && Determiners.Contains(t.Span(k).ToString()))
                k++;
        }
        var first = k;
        var last = -1;
        for (var n = 0; n < 4 && k < t.Count; n++)
        {
            if (!t.IsWord(k))
                break;
            var info = t.Info(k);
            if (info is not null && (info.Classes & (WordClass.Function | WordClass.PastCue | WordClass.FutureCue | WordClass.Month | WordClass.Weekday
                                                      | WordClass.TimeUnit | WordClass.Scale | WordClass.Reference | WordClass.Unit | WordClass.RelativeDay)) != 0)
                break;
            var span = t.Span(k);
            // A capitalised word may modify ("14,000 Amazon workers") but not end the phrase.
            if (t[k].Has(TokenFlags.Capitalised) && !(t.IsWord(k + 1) && !t[k + 1].Has(TokenFlags.Capitalised) && t.Info(k + 1) is null))
                break;
            if (span.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || n > 0 && span.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                break;
            last = k;
            if (IsPluralHead(span))
                break;
            if (t.IsDash(k + 1) && t[k + 1].Attached && t.IsWord(k + 2) && t[k + 2].Attached)
                k += 2;
            else
                k++;
        }
        if (last < 0)
            return (null, first - 1);
        return (t.TextOf(first, last), last);
    }

    private static bool IsPluralHead(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
        && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase)
        || IrregularPlurals.Contains(word.ToString());
}
