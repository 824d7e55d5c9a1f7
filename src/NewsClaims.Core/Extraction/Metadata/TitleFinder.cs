using System.Text.RegularExpressions;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>Finds the article's headline: the page's <c>&lt;h1&gt;</c> when the metadata or the window title confirm it, else the metadata's.</summary>
public static partial class TitleFinder
{
    public static (string Title, string Source)? Find(PageMetadata page, string? siteName)
    {
        var doc = page.Document;
        var ld = page.JsonLd.Article is { } a ? JsonLd.String(a, "headline") ?? JsonLd.String(a, "name") : null;
        var og = page.Meta.First("og:title", "twitter:title", "title", "dc.title", "citation_title", "parsely-title", "sailthru.title")?.Value;
        var windowTitle = doc.Title is { Length: > 0 } t ? Whitespace.Collapse(t) : null;
        var headings = Headings(page);

        var meta = Clean(ld ?? og);
        var metaSource = ld is not null ? "json-ld" : "meta";
        // The visible headline is what readers (and the page's own title tag) call the article; metadata titles are
        // often rewritten for search engines and social cards. Take the <h1> that the metadata or window title confirms,
        // else the only plausible <h1>, else the metadata.
        foreach (var h in headings)
            if (meta is not null && Same(h, meta))
                return (h, "h1");
        foreach (var h in headings)
            if (windowTitle is not null && h.Length >= 10 && Normal(windowTitle).Contains(Normal(h), StringComparison.Ordinal))
                return (h, "h1");
        var plausible = headings.Where(h => h.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 &&
                                            (siteName is null || Normal(h) != Normal(siteName))).ToList();
        if (plausible.Count == 1)
            return (plausible[0], "h1");
        if (meta is not null)
            return (StripSite(meta, siteName), metaSource);
        if (windowTitle is not null)
            return (StripSite(windowTitle, siteName), "title");
        return headings.Count > 0 ? (headings[0], "h1") : null;
    }

    private static List<string> Headings(PageMetadata page)
    {
        var result = new List<string>();
        foreach (var h in page.Document.QuerySelectorAll("h1"))
        {
            if (IsLogo(h))
                continue;
            var text = Dom.Text(h);
            if (text.Length is < 4 or > 300 || DateText.Parse(text) is not null && text.Length < 40)
                continue;
            if (!result.Contains(text))
                result.Add(text);
        }
        return result;
    }

    // Site templates put the logo or site name in an <h1> inside the page header or a link to the home page.
    private static bool IsLogo(AngleSharp.Dom.IElement h)
    {
        for (var e = h; e is not null; e = e.ParentElement)
        {
            var hints = Dom.Hints(e);
            if (hints.Length > 0 && LogoHint().IsMatch(hints))
                return true;
            if (e.LocalName is "nav" or "footer" or "aside")
                return true;
        }
        return h.QuerySelector("a[href='/'], img") is not null && Dom.Text(h).Split(' ').Length <= 4;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(s));

    private static bool Same(string a, string b)
    {
        var na = Normal(a);
        var nb = Normal(b);
        return na == nb || nb.StartsWith(na, StringComparison.Ordinal) || na.StartsWith(nb, StringComparison.Ordinal);
    }

    private static string Normal(string s) => NonWord().Replace(s.ToLowerInvariant(), "");

    /// <summary>"Headline | Site" and "Headline - Site" lose the site part; the headline is the longest part otherwise.</summary>
    public static string StripSite(string title, string? siteName)
    {
        var parts = Separator().Split(title);
        if (parts.Length == 1)
            return title;
        if (siteName is not null)
        {
            var kept = parts.Where(p => !Normal(p).Equals(Normal(siteName), StringComparison.Ordinal)).ToArray();
            if (kept.Length < parts.Length && kept.Length > 0)
                return string.Join(" | ", kept).Trim();
        }
        var first = parts[0].Trim();
        var last = parts[^1].Trim();
        // The site name is the short end part in nearly every CMS template.
        if (last.Split(' ').Length <= 4 && first.Split(' ').Length >= 3)
            return string.Join(" - ", parts[..^1]).Trim();
        if (first.Split(' ').Length <= 3 && last.Split(' ').Length >= 4)
            return string.Join(" - ", parts[1..]).Trim();
        return title;
    }

    [GeneratedRegex(@"(?<![a-z])(?:logo|brand|site-title|site-name|sitename|masthead|navbar|site-header)")]
    private static partial Regex LogoHint();

    [GeneratedRegex(@"\s+[|–—•·»:]\s+|\s+-\s+|\s+::\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
