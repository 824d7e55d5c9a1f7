using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>Decides which parts inside an article body are page furniture rather than the article.</summary>
public static partial class Furniture
{
    /// <summary>True when the element's whole subtree should be left out of the text.</summary>
    /// <param name="bodyText">Text length of the whole body: a furniture hint on an element holding most of it is ignored.</param>
    public static bool Skip(IElement e, NodeStats stats, int bodyText)
    {
        var tag = e.LocalName;
        if (tag is "figcaption" or "address" or "dialog" or "menu")
            return true;
        var c = stats[e];
        // An unclosed <aside> or a page-wide <form> can hold the whole article; only small ones are furniture.
        if (tag is "footer" or "header" or "form" or "nav" or "aside")
            return c.PlainText < 0.3 * bodyText;
        if ((e.HasAttribute("hidden") && !(e.Id ?? "").StartsWith("S:", StringComparison.Ordinal)) || e.GetAttribute("aria-hidden") == "true" || IsHiddenByStyle(e))
            return true;
        var hints = Dom.Hints(e);
        if (hints.Length > 0 && c.PlainText < 0.5 * bodyText && ClassHints.IsFurniture(hints) && !Dom.InCode(e))
            return true;
        if (tag is "div" or "section" or "ul" or "ol" && e.ChildElementCount >= 3 && c.PlainText < 0.5 * bodyText && IsTeaserList(e, stats))
            return true;
        if (tag is "div" or "section" && c.PlainText is > 80 and < 1500 && c.PlainText < 0.5 * bodyText && IsSupportAppeal(e))
            return true;
        if (c.Text > 0 && c.LinkDensity > 0.5)
        {
            // Lists and boxes of links are related-article lists, tag lists, share bars.
            if (tag is "ul" or "ol" or "div" or "section" or "table" or "dl" or "span")
                return c.PlainText < 300 || c.LinkDensity > 0.8;
            if (tag is "p" or "li")
                return c.LinkDensity > 0.9 && c.Text < 200;
        }
        return false;
    }

    /// <summary>
    /// Cards of other articles, each a linked headline over a line or two of excerpt ("More from the blog" without
    /// a class that says so): every child is short and headed by a heading that is wholly a link (a link inside the
    /// heading, or a link wrapped around it).
    /// </summary>
    private static bool IsTeaserList(IElement e, NodeStats stats)
    {
        var teasers = 0;
        foreach (var child in e.Children)
        {
            if (stats[child].PlainText > 500 || !child.QuerySelectorAll("h2, h3, h4").Any(h => IsLinkedHeading(h, child)))
                return false;
            teasers++;
        }
        return teasers >= 3;
    }

    private static bool IsLinkedHeading(IElement heading, IElement card) =>
        heading.QuerySelector("a[href]") is { } inner ? Dom.Text(inner) == Dom.Text(heading)
        : heading.Closest("a[href]") is { } outer && Dom.Contains(card, outer);

    /// <summary>
    /// A reader-funding appeal after the text ("… consider supporting our journalism" over a "Support us" button): a box
    /// with a support, donate or contribute control that speaks of journalism. A charity's donate link in a story does
    /// not speak of journalism.
    /// </summary>
    private static bool IsSupportAppeal(IElement e) =>
        e.QuerySelectorAll("a, button").Any(control => SupportControl().IsMatch(Whitespace.Collapse(control.TextContent))) &&
        Journalism().IsMatch(Dom.Text(e));

    [GeneratedRegex(@"^(?:support|donate|contribute|give|make a (?:donation|contribution|gift)|become a (?:member|supporter|patron|subscriber))\b.{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportControl();

    [GeneratedRegex(@"\b(?:journalism|reporting|newsroom|independent (?:news|media|press))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Journalism();

    internal static bool IsHiddenByStyle(IElement e)
    {
        var style = e.GetAttribute("style");
        if (style is null)
            return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
