using System.Text;
using NewsClaims.Core.Text;

namespace NewsClaims.Core.Extraction.Html;

/// <summary>Whitespace the way a browser renders normal text: runs collapse to one space, ends trimmed.</summary>
public static class Whitespace
{
    /// <summary>The text as readers see it: whitespace collapsed, and doubly decoded UTF-8 ("â€™") repaired, since every
    /// visible string passes here.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
                sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return Mojibake.Repair(sb.ToString());
    }

    /// <summary>Length the text would have after <see cref="Collapse"/>, without building it.</summary>
    /// <summary>Words in collapsed text: the runs between single spaces.</summary>
    public static int WordCount(string collapsed) => collapsed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static int CollapsedLength(string text)
    {
        var n = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                    n++;
                inSpace = true;
            }
            else
            {
                n++;
                inSpace = false;
            }
        }
        return n;
    }
}
