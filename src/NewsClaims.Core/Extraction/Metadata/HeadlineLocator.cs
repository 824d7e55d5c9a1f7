using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>Where the article's headline sits among the body's elements: the anchor for the byline and dateline printed around it.</summary>
internal static class HeadlineLocator
{
    /// <summary>How far around the headline (in elements) templates print the byline and dateline.</summary>
    public const int Before = 12, After = 40;

    /// <summary>The range of element indexes around the headline, empty when there is none.</summary>
    public static (int Start, int End) Around(PageMetadata page) =>
        page.Headline is var h and >= 0 ? (Math.Max(0, h - Before), Math.Min(page.BodyElements.Count, h + After)) : (0, 0);

    /// <summary>
    /// The index in <see cref="PageMetadata.BodyElements"/> of the first <c>&lt;h1&gt;</c> that is neither the site's
    /// logo nor in a side column; on pages without one, or whose first one is not the title and comes after an element
    /// that is (site builders set headlines in styled paragraphs), the first element outside the menus that reads
    /// exactly as the title. -1 when neither is there.
    /// </summary>
    public static int Find(PageMetadata page)
    {
        var elements = page.BodyElements;
        var h1 = -1;
        for (var i = 0; i < elements.Count && h1 < 0; i++)
            if (elements[i].LocalName == "h1" && !TitleFinder.IsLogo(elements[i]) && !DateFinder.InFurniture(elements[i]))
                h1 = i;
        if (page.Title is not { Length: > 0 } title)
            return h1;
        // An <h1> that is not the title and comes after a line that is (a post's "<h1>Day 7</h1>" under a headline set in
        // a <legend>) is one of the text's own headings.
        if (h1 >= 0 && Dom.Text(elements[h1]).Equals(title, StringComparison.OrdinalIgnoreCase))
            return h1;
        var end = h1 >= 0 ? h1 : elements.Count;
        for (var i = 0; i < end; i++)
        {
            var e = elements[i];
            // A headline is a line of its own: not a link (breadcrumbs, related lists), not a menu entry.
            if (e.LocalName is "a" or "li" or "option" or "title" || e.Closest("a, nav") is not null)
                continue;
            if (Whitespace.CollapsedLength(e.TextContent) == title.Length && Dom.Text(e).Equals(title, StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return h1;
    }
}
