using AngleSharp.Dom;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>
/// Collapsed accordions and tab panels ("4. Installation day", an FAQ's answers) are the article's text folded away
/// until a reader opens them; they are unfolded before hidden elements are pruned.
/// </summary>
public sealed class FoldedSections(IElement root)
{
    private HashSet<string>? _toggled;

    /// <summary>Unfolds <paramref name="e"/> when it is a collapsed section; other hidden elements stay hidden.</summary>
    public void Unfold(IElement e)
    {
        var byAttribute = e.HasAttribute("hidden");
        if (!byAttribute && !Furniture.IsHiddenByStyle(e) || e.GetAttribute("aria-hidden") == "true")
            return;
        _toggled ??= ToggledIds(root);
        if (e.GetAttribute("role") is not ("region" or "tabpanel") && !(e.Id is { Length: > 0 } id && _toggled.Contains(id)))
            return;
        if (byAttribute)
            e.RemoveAttribute("hidden");
        else
            e.RemoveAttribute("style");
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
