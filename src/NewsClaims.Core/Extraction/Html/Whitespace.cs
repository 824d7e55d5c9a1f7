using System.Text;

namespace NewsClaims.Core.Extraction.Html;

/// <summary>Whitespace the way a browser renders normal text: runs collapse to one space, ends trimmed.</summary>
public static class Whitespace
{
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
        return sb.ToString();
    }

    /// <summary>Length the text would have after <see cref="Collapse"/>, without building it.</summary>
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
