namespace NewsClaims.Core.Analysis.Text;

/// <summary>Marks the lines of extracted text that are page furniture, not reporting: related-link lists, outlet lists, promo blurbs, bylines.</summary>
/// <remarks>
/// Extraction removes most furniture from pages; this is the second net, for text that arrives with it (feeds, pasted
/// text, pages whose furniture sits inside the body). A figure in a furniture line is never a claim.
/// </remarks>
public static class TextFurniture
{
    private static readonly HashSet<string> PromoVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "discover", "combine", "subscribe", "sign", "join", "download", "register", "click", "follow", "stay", "don't", "don\u2019t",
        "unlock", "explore", "get", "try", "learn", "watch", "listen", "read", "shop", "save", "claim", "start", "grow", "boost", "reach",
    };

    /// <summary>One flag per token: true when the token's line is furniture.</summary>
    public static bool[] Mark(TokenizedText t)
    {
        var marks = new bool[t.Count];
        var lines = Lines(t);
        var previousHeading = false;
        for (var l = 0; l < lines.Count; l++)
        {
            var (first, last) = lines[l];
            var furniture = IsFurniture(t, first, last, previousHeading, lines, l);
            if (furniture)
                Array.Fill(marks, true, first, last - first + 1);
            previousHeading = IsTitleCase(t, first, last) && !EndsSentence(t, last);
        }
        return marks;
    }

    private static List<(int First, int Last)> Lines(TokenizedText t)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 1; i <= t.Count; i++)
        {
            if (i == t.Count || t[i].Has(TokenFlags.LineBefore))
            {
                lines.Add((start, i - 1));
                start = i;
            }
        }
        return lines;
    }

    private static bool IsFurniture(TokenizedText t, int first, int last, bool afterHeading, List<(int First, int Last)> lines, int index)
    {
        var words = WordCount(t, first, last);
        var bullet = t[first].Kind == TokenKind.Punct && t.Text[t[first].Start] is '-' or '\u2022' or '*' or '\u2013' or '\u25AA' or '\u203A';
        var titleCase = IsTitleCase(t, first, last);
        var sentence = EndsSentence(t, last);
        // A bulleted headline: "- Agency Raises Prices For 2026".
        if (bullet && titleCase)
            return true;
        // Metadata lines: "Outlet · 1d ago", "By Jane Roe | Staff Writer".
        if (words <= 10 && !sentence && (Contains(t, first, last, '\u00B7') || Contains(t, first, last, '|')))
            return true;
        if (words <= 8 && !sentence && t.Is(first, "By") && t.IsWord(first + 1) && t[first + 1].Has(TokenFlags.Capitalised))
            return true;
        // Short capitalised lines in a run (outlet lists, link lists), or a promo heading before a promo line.
        if (titleCase && !sentence)
        {
            var neighbour = index > 0 && IsShortTitleLine(t, lines[index - 1]) || index + 1 < lines.Count && IsShortTitleLine(t, lines[index + 1]);
            if (neighbour && words <= 12)
                return true;
            if (index + 1 < lines.Count && IsPromo(t, lines[index + 1].First, lines[index + 1].Last, true))
                return true;
        }
        return IsPromo(t, first, last, afterHeading);
    }

    private static bool IsShortTitleLine(TokenizedText t, (int First, int Last) line) =>
        IsTitleCase(t, line.First, line.Last) && !EndsSentence(t, line.Last) && WordCount(t, line.First, line.Last) <= 12;

    /// <summary>Marketing copy: starts with an imperative and speaks to the reader, or follows a promo heading.</summary>
    private static bool IsPromo(TokenizedText t, int first, int last, bool afterHeading)
    {
        if (!t.IsWord(first) || !PromoVerbs.Contains(t.Span(first).ToString()))
            return false;
        if (afterHeading)
            return true;
        for (var i = first; i <= last; i++)
            if (t.IsAny(i, "you", "your", "you're", "you\u2019re", "yourself"))
                return true;
        return false;
    }

    private static int WordCount(TokenizedText t, int first, int last)
    {
        var n = 0;
        for (var i = first; i <= last; i++)
            if (t[i].Kind != TokenKind.Punct)
                n++;
        return n;
    }

    /// <summary>Most words of four letters or more start with a capital (headlines, link text, outlet names).</summary>
    private static bool IsTitleCase(TokenizedText t, int first, int last)
    {
        int capitalised = 0, counted = 0;
        for (var i = first; i <= last; i++)
        {
            if (!t.IsWord(i) || t[i].Length < 4)
                continue;
            counted++;
            if (t[i].Has(TokenFlags.Capitalised))
                capitalised++;
        }
        return counted > 0 && capitalised >= Math.Max(1, counted * 0.75);
    }

    private static bool EndsSentence(TokenizedText t, int last)
    {
        var i = last;
        while (i >= 0 && t[i].Kind == TokenKind.Punct && t.Text[t[i].Start] is '"' or '\u201D' or '\'' or '\u2019' or ')')
            i--;
        return i >= 0 && t[i].Kind == TokenKind.Punct && t.Text[t[i].Start] is '.' or '!' or '?' or ':';
    }

    private static bool Contains(TokenizedText t, int first, int last, char c)
    {
        for (var i = first; i <= last; i++)
            if (t[i].Kind == TokenKind.Punct && t.Text[t[i].Start] == c)
                return true;
        return false;
    }
}
