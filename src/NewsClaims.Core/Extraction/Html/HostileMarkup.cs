namespace NewsClaims.Core.Extraction.Html;

/// <summary>Cuts a page where its tag nesting runs deeper than any real page does, before the parser sees it.</summary>
/// <remarks>
/// The HTML tree builder checks the stack of open elements on every start tag, so ten thousand unclosed
/// <c>&lt;div&gt;</c>s cost seconds. A cheap scan over tag names estimates the depth (opening minus closing tags of
/// elements that never close themselves) and truncates the text where the estimate first passes the cap. Real pages
/// stay far below it even with sloppy markup, so they are never cut.
/// </remarks>
public static class HostileMarkup
{
    public static string CutAtDepth(string html, int maxDepth)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
                nameEnd++;
            if (nameEnd == nameStart || nameEnd - nameStart > 10)
            {
                i = nameStart;
                continue;
            }
            if (IsContainer(html.AsSpan(nameStart, nameEnd - nameStart)))
            {
                if (!closing && ++depth > maxDepth)
                    return html[..i];
                if (closing && depth > 0)
                    depth--;
            }
            i = nameEnd;
        }
        return html;
    }

    // Elements whose start tags are not implied closed by a sibling (p, li, td … are, so they cannot pile up).
    private static bool IsContainer(ReadOnlySpan<char> name) =>
        name.Equals("div", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("span", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("section", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("article", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("b", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("i", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("em", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("strong", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("font", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("a", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("u", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("blockquote", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("table", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("ul", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("ol", StringComparison.OrdinalIgnoreCase);
}
