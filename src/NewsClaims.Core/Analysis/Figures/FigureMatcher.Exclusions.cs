using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Figures;

internal sealed partial class FigureMatcher
{
    private static readonly HashSet<string> StreetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "place", "plaza", "square",
    };

    /// <summary>Numbers that are not figures: ordinals, names ("Boeing 737", "Covid-19", "A320"), phone numbers, times, list numbers, ratios, addresses.</summary>
    private bool IsNotAFigure(NumberSpan n, int last)
    {
        var first = n.First;
        if (n.Words)
            return false;
        if (IsOrdinalSuffix(n.Last + 1))
            return true;
        // Glued to letters: "A320", "G7", "Covid-19", "F-35", "5G", "3D".
        if (t[first].Attached && t.IsWord(first - 1))
            return true;
        if (t[first].Attached && t.IsDash(first - 1) && t[first - 1].Attached && t.IsWord(first - 2))
            return true;
        if (t.IsWord(n.Last + 1) && t[n.Last + 1].Attached && n.Last == first)
            return true;
        // "No. 3", "#1", "Section 230", "Boeing 737", "Windows 11": a name's number.
        if (t.IsPunct(first - 1, '#') || t.IsPunct(first - 1, '.') && t.IsAny(first - 2, "No", "Nos"))
            return true;
        if (IsPlainInteger(first, n.Last) && t.IsWord(first - 1) && NamesItsNumber(first - 1))
            return true;
        // Scores and the rest of a phone number: "3-2", "555-0100".
        if (t.IsDash(first - 1) && t[first].Attached && t[first - 1].Attached && t.IsNumber(first - 2))
            return true;
        if (t.IsDash(last + 1) && t[last + 1].Attached && t.IsNumber(last + 2) && t[last + 2].Attached && t.Integer(first) is >= 0 and < 100
            && t.Integer(last + 2) is >= 0 and < 100 && CountedNoun.After(t, last + 3).Noun is null && UnitAfter(last + 3).Kind is null)
            return true;
        // Phone numbers: 555-0123, (212) 555-0100, +44 20 7946 0000.
        if (t.IsDash(last + 1) && t[last + 1].Attached && t.Digits(last + 2) is 3 or 4 && t.Digits(first) >= 3)
            return true;
        if (t.IsPunct(first - 1, '+') || t.IsPunct(first - 1, ')') && t.IsPunct(first - 3, '(') && t.Digits(first - 2) == 3)
            return true;
        if (t.IsPunct(first - 1, '(') && t.Digits(first) == 3 && t.IsPunct(first + 1, ')'))
            return true;
        // Times and ratios the date recogniser left: "10:30", "24/7", "9/11", "3/4".
        if (t.IsPunct(last + 1, ':') && t.IsNumber(last + 2) || t.IsPunct(last + 1, '/') && t.IsNumber(last + 2) || t.IsPunct(first - 1, '/') && t[first].Attached)
            return true;
        if (t.IsPunct(first - 1, ':') && t[first].Attached && t.IsNumber(first - 2))
            return true;
        // List numbering: "1." or "2)" at the start of a line.
        if (t[first].Has(TokenFlags.LineBefore) && (t.IsPunct(last + 1, '.') || t.IsPunct(last + 1, ')')) && IsPlainInteger(first, last))
            return true;
        // Addresses: "1600 Pennsylvania Avenue".
        if (IsPlainInteger(first, last) && t.IsWord(last + 1) && t[last + 1].Has(TokenFlags.Capitalised)
            && (StreetWords.Contains(t.Span(last + 2).ToString()) || StreetWords.Contains(t.Span(last + 3).ToString())) && t.IsWord(last + 2))
            return true;
        return false;
    }

    private bool IsPlainInteger(int first, int last) => first == last && t.Integer(first) >= 0;

    /// <summary>A capitalised word that a number names a member of ("Boeing 737", "Section 230"), not a sentence's first word or a date word.</summary>
    private bool NamesItsNumber(int w)
    {
        var span = t.Span(w);
        var hasUpper = false;
        foreach (var c in span)
            hasUpper |= char.IsUpper(c);
        if (!hasUpper || t.Info(w) is not null)
            return false;
        // Words that may open a sentence before a count ("Only 5", "Another 300") are in the lexicon, so this is a name.
        return true;
    }

    private bool IsOrdinalSuffix(int i) => t.IsWord(i) && t[i].Attached && t.IsAny(i, "st", "nd", "rd", "th");

    /// <summary>Whether a count stands as a figure: number words need a counted noun ("two people"); "one" alone is a pronoun.</summary>
    private bool Countable(NumberSpan n, string? counted, int start)
    {
        if (!n.Words)
            return true;
        if (n.Scaled || n.Value >= 10 && counted is not null)
            return true;
        if (n.Value == 1 && !n.Scaled)
            return false;
        return counted is not null && !t.Is(n.Last + 1, "of");
    }
}
