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
    /// logo nor in a side column; on pages without one (site builders set headlines in styled paragraphs), the first
    /// element outside the menus that reads exactly as the title. -1 when neither is there.
    /// </summary>
    public static int Find(PageMetadata page)
    {
        var elements = page.BodyElements;
        for (var i = 0; i < elements.Count; i++)
            if (elements[i].LocalName == "h1" && !TitleFinder.IsLogo(elements[i]) && !DateFinder.InFurniture(elements[i]))
                return i;
        if (page.Title is not { Length: > 0 } title)
            return -1;
        for (var i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            // A headline is a line of its own: not a link (breadcrumbs, related lists), not a menu entry.
            if (e.LocalName is "a" or "li" or "option" or "title" || e.Closest("a, nav") is not null)
                continue;
            if (Whitespace.CollapsedLength(e.TextContent) == title.Length && Dom.Text(e).Equals(title, StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return -1;
    }
}
