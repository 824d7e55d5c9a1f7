namespace NewsClaims.Core.Analysis.Text;

/// <summary>Where sentences begin: after a line break, or after . ! ? followed by a capital, a digit or a quote, unless the point ends an abbreviation.</summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "rev", "hon", "pres",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vs", "v", "co", "corp", "ltd", "jr", "sr", "inc", "mt", "ft", "approx", "est", "dept", "univ", "fig",
    };

    public static bool StartsAt(TokenizedText t, int i)
    {
        var token = t[i];
        if (token.Has(TokenFlags.LineBefore))
            return true;
        var p = i - 1;
        // Closing quotes and brackets after the stop belong to the sentence that ends.
        while (p >= 0 && t[p].Kind == TokenKind.Punct && t.Text[t[p].Start] is '"' or '\u201D' or '\'' or '\u2019' or ')')
            p--;
        if (p < 0 || t[p].Kind != TokenKind.Punct || t.Text[t[p].Start] is not ('.' or '!' or '?'))
            return false;
        if (!token.Has(TokenFlags.SpaceBefore) && p + 1 == i)
            return false;
        var c = t.Text[token.Start];
        if (!(char.IsUpper(c) || char.IsAsciiDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '('))
            return false;
        if (t.Text[t[p].Start] != '.')
            return true;
        // "U.S. officials", "Dec. 4", "Mr. Smith": the point closes an abbreviation, not the sentence.
        var w = p - 1;
        if (w < 0 || t[w].Kind != TokenKind.Word)
            return true;
        if (t[w].Length == 1)
            return false;
        return !Abbreviations.Contains(t.Span(w).ToString());
    }
}
