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
        var h1 = FirstHeading(page);

        var meta = Clean(ld ?? og);
        var metaSource = ld is not null ? "json-ld" : "meta";
        if (h1 is not null)
        {
            if (meta is not null && Same(h1, meta))
                return (h1, "h1");
            if (windowTitle is not null && Normal(windowTitle).Contains(Normal(h1), StringComparison.Ordinal) && h1.Length >= 10)
                return (h1, "h1");
            if (meta is null && windowTitle is null)
                return (h1, "h1");
        }
        if (meta is not null)
            return (StripSite(meta, siteName), metaSource);
        if (windowTitle is not null)
            return (StripSite(windowTitle, siteName), "title");
        return h1 is not null ? (h1, "h1") : null;
    }

    private static string? FirstHeading(PageMetadata page)
    {
        foreach (var h in page.Document.QuerySelectorAll("h1"))
        {
            var text = Dom.Text(h);
            if (text.Length >= 4 && text.Length <= 300)
                return text;
        }
        return null;
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

    [GeneratedRegex(@"\s+[|–—•·»:]\s+|\s+-\s+|\s+::\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
