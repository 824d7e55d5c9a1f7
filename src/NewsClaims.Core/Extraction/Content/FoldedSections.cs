using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>
/// Collapsed accordions and tab panels ("4. Installation day", an FAQ's answers) are the article's text folded away
/// until a reader opens them; they are unfolded before hidden elements are pruned.
/// </summary>
public static class FoldedSections
{
    public static void Unfold(IElement root)
    {
        HashSet<string>? toggled = null;
        foreach (var e in Dom.Elements(root))
        {
            var byAttribute = e.HasAttribute("hidden");
            if (!byAttribute && !Furniture.IsHiddenByStyle(e) || e.GetAttribute("aria-hidden") == "true")
                continue;
            toggled ??= ToggledIds(root);
            if (e.GetAttribute("role") is not ("region" or "tabpanel") && !(e.Id is { Length: > 0 } id && toggled.Contains(id)))
                continue;
            if (byAttribute)
                e.RemoveAttribute("hidden");
            else
                e.RemoveAttribute("style");
        }
    }

    // The ids that controls outside the page's navigation and header fold and unfold (menus and search boxes are furniture).
    private static HashSet<string> ToggledIds(IElement root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var toggle in root.QuerySelectorAll("[aria-controls]"))
            if (toggle.Closest("nav, header") is null)
                ids.UnionWith(toggle.GetAttribute("aria-controls")!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return ids;
    }
}
