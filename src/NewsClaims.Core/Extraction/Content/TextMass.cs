using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>For every element, how much article-like text it holds against how much furniture, to find the tightest body container.</summary>
/// <remarks>
/// Text is counted in leaf blocks (blocks with no block children). A leaf block with a sentence's worth of text and few
/// links is "good"; link text, and any text under an element whose class or tag marks it as furniture (comments,
/// sidebars, share bars, related lists), is "bad"; short plain fragments (captions, labels, headings) are a little bad.
/// The body is the element with the most good text net of bad, so a container that holds the article's scattered
/// sections beats each section alone, and the page wrapper loses to it once menus and footers are counted.
/// </remarks>
public sealed class TextMass
{
    private const double BadWeight = 1.0;
    private const double ShortWeight = 0.1;  // short plain text: captions, labels, subheadings
    private const double LinkWeight = 0.3;   // link-only blocks: in-article lists of sources are not all furniture
    private readonly Dictionary<IElement, (double Good, double Bad)> _mass = new(ReferenceEqualityComparer.Instance);

    public TextMass(IReadOnlyList<IElement> all, NodeStats stats, int pageText)
    {
        var inFurniture = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var e in all)
        {
            if ((e.ParentElement is { } p && inFurniture.Contains(p)) || IsFurniture(e, stats, pageText))
                inFurniture.Add(e);
        }
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var e = all[i];
            double good = 0, bad = 0;
            var hasBlockChild = false;
            for (var c = e.FirstElementChild; c is not null; c = c.NextElementSibling)
            {
                if (_mass.TryGetValue(c, out var m))
                {
                    good += m.Good;
                    bad += m.Bad;
                }
                hasBlockChild |= Tags.IsBlock(c.LocalName);
            }
            if (!hasBlockChild && Tags.IsBlock(e.LocalName))
            {
                // A leaf block: classify its own text (inline children's text is already in its stats).
                var s = stats[e];
                good = 0;
                bad = 0;
                if (inFurniture.Contains(e))
                    bad = s.Text;
                else if (s.PlainText >= 40 && s.LinkDensity < 0.35)
                    good = s.Text; // links inside prose are part of it
                else
                    bad = LinkWeight * s.LinkText + ShortWeight * s.PlainText;
            }
            _mass[e] = (good, bad);
        }
    }

    /// <summary>A short paragraph of plain text outside furniture ("Ruiz reported from Reno."): worth a little less than nothing alone, but text when it closes the body.</summary>
    public bool IsShortPlainParagraph(IElement e, NodeStats stats) =>
        e.LocalName == "p" && _mass.TryGetValue(e, out var m) && m.Good == 0 && stats[e] is { LinkText: 0 } s && m.Bad <= ShortWeight * s.PlainText + 1e-9;

    public double Good(IElement e) => _mass.TryGetValue(e, out var m) ? m.Good : 0;

    public double Objective(IElement e) => _mass.TryGetValue(e, out var m) ? m.Good - BadWeight * m.Bad : 0;

    /// <summary>The run of consecutive children of <paramref name="parent"/> with the highest total objective (Kadane's maximum subarray).</summary>
    /// <remarks>Article paragraphs often sit directly beside the comments or a related list in one container; the best run takes the one and not the other.</remarks>
    public (int Start, int End, double Value) BestRun(IElement parent)
    {
        double best = 0, current = 0;
        int bestStart = 0, bestEnd = -1, start = 0, i = -1;
        // Sibling links, not parent.Children: AngleSharp's child collections are filtered views, slow to index.
        for (var child = parent.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            i++;
            var v = Objective(child);
            if (current <= 0)
            {
                current = v;
                start = i;
            }
            else
            {
                current += v;
            }
            if (current > best)
            {
                best = current;
                bestStart = start;
                bestEnd = i;
            }
        }
        return (bestStart, bestEnd, best);
    }

    private static bool IsFurniture(IElement e, NodeStats stats, int pageText)
    {
        // A furniture-looking tag or class on an element holding most of the page is page layout (ASP.NET wraps
        // whole pages in a <form>), not furniture.
        var hints = Dom.Hints(e);
        if (hints.Length > 0 && ClassHints.IsCommentsOrRelated(hints) && !Dom.InCode(e))
            return true;
        if (stats[e].Text >= 0.3 * pageText)
            return false;
        if (e.LocalName is "footer" or "form" or "nav" or "aside")
            return true;
        return hints.Length > 0 && ClassHints.IsFurniture(hints) && !Dom.InCode(e);
    }
}
