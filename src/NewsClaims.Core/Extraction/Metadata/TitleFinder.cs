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

        // SEO plugins cut JSON-LD headlines at about 110 characters ("… Solutions (Including"); the social title keeps
        // the whole of it.
        if (Clean(ld) is { } cut && Clean(og) is { } whole && whole.Length > cut.Length && Normal(whole).StartsWith(Normal(cut), StringComparison.Ordinal))
            ld = null;
        var meta = Clean(ld ?? og);
        var metaSource = ld is not null ? "json-ld" : "meta";
        // The visible headline is what readers (and the page's own title tag) call the article; metadata titles are
        // often rewritten for search engines and social cards. Take the <h1> that the metadata or window title confirms,
        // else the first plausible <h1>, else the metadata.
        foreach (var h in headings)
            if (meta is not null && Same(h, meta))
                return (Trim(Subtitled(h, meta, siteName) ?? Cased(h, meta), siteName), "h1");
        // "Dec 18 2025 Preparing a transition", "Blog: Preparing a transition": a dateline or a section label printed
        // inside the <h1>, before the headline the metadata gives.
        if (meta is not null)
        {
            foreach (var h in headings)
            {
                foreach (var given in new[] { meta, StripSite(meta, siteName) })
                {
                    if (h.Length > given.Length && h.EndsWith(given, StringComparison.OrdinalIgnoreCase) && h[..^given.Length] is { Length: < 40 } prefix
                        && (DateText.Parse(prefix) is not null || prefix.TrimEnd().EndsWith(':') && Whitespace.WordCount(prefix) <= 2))
                        return (h[^given.Length..], "h1");
                }
            }
        }
        foreach (var h in headings)
            if (windowTitle is not null && Subtitled(h, windowTitle, siteName) is { } head)
                return (Trim(head, siteName), "h1");
        foreach (var h in headings)
            if (windowTitle is not null && h.Length >= 10 && Normal(windowTitle).Contains(Normal(h), StringComparison.Ordinal) && !IsSite(h, windowTitle, meta, siteName))
                return (Trim(h, siteName), "h1");
        // Otherwise the first plausible <h1>: a headline has words, is not the site's name, and is not a breadcrumb trail.
        var plausible = headings.Where(h => Whitespace.WordCount(h) >= 3 && !h.Contains(" > ", StringComparison.Ordinal) &&
                                            !IsSite(h, windowTitle, meta, siteName) && !IsBlurb(h)).ToList();
        if (plausible.Count > 0)
        {
            // A headline set in capitals ("SKERRIN FERRIES BACK ON MONDAY") is styling; the metadata's wording of nearly
            // the same words carries the casing.
            if (meta is not null && !plausible[0].Any(char.IsLower) && NearlySameWords(plausible[0], meta))
                return (StripSite(meta, siteName), metaSource);
            return (Trim(plausible[0], siteName), "h1");
        }
        if (meta is not null)
            return (StripSite(meta, siteName), metaSource);
        if (windowTitle is not null)
            return (StripSite(WithoutLeadingDomain(windowTitle, headings), siteName), "title");
        return headings.Count > 0 ? (headings[0], "h1") : null;
    }

    /// <summary>
    /// An <c>&lt;h1&gt;</c> can carry what window titles carry: "Headline | Opinion", "Headline – Site". A short part after
    /// a bar is a section or tagline; a part after any separator that is the site's name goes too.
    /// </summary>
    private static string Trim(string heading, string? siteName)
    {
        // "Headline | Section | Site": every part after the first bar is short.
        var bars = heading.Split(" | ");
        if (bars.Length > 1 && Whitespace.WordCount(bars[0]) >= 3 && bars[1..].All(p => Whitespace.WordCount(p) <= 4))
            return bars[0].Trim();
        var parts = Separator().Split(heading);
        if (parts.Length < 2)
            return heading;
        // A web address or the site's name at either end is the site, not the headline: "Headline – Site", "site.com - Headline".
        if (Normal(parts[^1]) == Normal(siteName ?? "\0") || Domain().IsMatch(parts[^1].Trim()))
            return heading[..heading.LastIndexOf(parts[^1], StringComparison.Ordinal)].TrimEnd(' ', '|', '-', '–', '—', '•', '·', '»', ':');
        if (Domain().IsMatch(parts[0].Trim()) && Whitespace.WordCount(string.Join(' ', parts[1..])) >= 3)
            return heading[(heading.IndexOf(parts[1], parts[0].Length, StringComparison.Ordinal))..].Trim();
        return heading;
    }

    /// <summary>"Headline – A subtitle" when the metadata gives just "Headline": the page's own title leaves the tail out.</summary>
    private static string? Subtitled(string heading, string meta, string? siteName)
    {
        foreach (var m in Separator().Matches(heading).Cast<Match>())
        {
            if (m.Value.Trim() is not ("-" or "–" or "—" or "|"))
                continue;
            var head = heading[..m.Index];
            if (Normal(head) == Normal(meta) || Normal(head) == Normal(WithoutSite(meta, siteName)))
                return head;
        }
        return null;
    }

    /// <summary>
    /// Not a headline though printed as one: a label that introduces something ("A message from our founder:") or a
    /// description of several sentences.
    /// </summary>
    private static bool IsBlurb(string heading) =>
        heading.EndsWith(':') || Whitespace.WordCount(heading) > 20 && SentenceBreak().IsMatch(heading);

    /// <summary>
    /// A heading that names the site: its name, its web address, or the part of the window title the social title
    /// leaves out ("Data Blog" in "Data Blog: Small adventures …" beside the social title "Small adventures …").
    /// </summary>
    private static bool IsSite(string heading, string? windowTitle, string? meta, string? siteName)
    {
        var h = Normal(heading);
        if (siteName is not null && h == Normal(siteName) || Domain().IsMatch(heading))
            return true;
        if (meta is null || windowTitle is null)
            return false;
        var (w, m) = (Normal(windowTitle), Normal(meta));
        return Whitespace.WordCount(heading) < Whitespace.WordCount(meta) && (w == h + m || w == m + h);
    }

    /// <summary>"davidbau.com Vibe Coding" when the page's only heading is the web address "davidbau.com".</summary>
    private static string WithoutLeadingDomain(string windowTitle, List<string> headings)
    {
        foreach (var h in headings)
            if (Domain().IsMatch(h) && windowTitle.Length > h.Length + 3 && windowTitle.StartsWith(h + " ", StringComparison.OrdinalIgnoreCase))
                return windowTitle[h.Length..].Trim();
        return windowTitle;
    }

    /// <summary>A headline set in capitals ("BEST DRIP COFFEE MAKERS") takes the metadata's casing when the words agree.</summary>
    private static string Cased(string heading, string meta) =>
        heading.Any(char.IsLower) || !heading.Any(char.IsUpper) || Normal(heading) != Normal(meta) ? heading : meta;

    /// <summary>
    /// Two titles word for word but for a word or two, in the same order, case aside: "SKERRIN FERRIES BACK ON MONDAY"
    /// and "Skerrin Ferries Back Monday" (not "Monday Skerrin Ferries Back" for "SKERRIN FERRIES BACK MONDAY").
    /// </summary>
    private static bool NearlySameWords(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        var shared = x.Intersect(y).ToHashSet();
        return shared.Count >= 0.8 * Math.Min(x.Length, y.Length) && x.Where(shared.Contains).SequenceEqual(y.Where(shared.Contains));

        static string[] Words(string s) => NonWord().Split(s.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
    }

    /// <summary>The parts of a title that are not the site's name or web address.</summary>
    private static string[] WithoutSite(string[] parts, string? siteName) =>
        parts.Where(p => !(siteName is not null && Normal(p).Equals(Normal(siteName), StringComparison.Ordinal)) && !Domain().IsMatch(p.Trim())).ToArray();

    private static string WithoutSite(string title, string? siteName) => string.Join(" | ", WithoutSite(Separator().Split(title), siteName));

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
    // <body>'s classes describe the whole page ("wp-custom-logo"), not where the heading sits.
    internal static bool IsLogo(AngleSharp.Dom.IElement h)
    {
        // Nor do an <article>'s (CMS tag classes such as "tag-sustainable-clothing-brand"): a logo is never inside one.
        for (var e = h; e is not null && e.LocalName is not ("body" or "article"); e = e.ParentElement)
        {
            var hints = Dom.Hints(e);
            if (hints.Length > 0 && LogoHint().IsMatch(hints))
                return true;
            if (e.LocalName is "nav" or "footer" or "aside" or "dialog")
                return true;
        }
        return h.QuerySelector("a[href='/'], img") is not null && Whitespace.WordCount(Dom.Text(h)) <= 4;
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
        // The site's name, or its web address, is not part of the headline.
        var kept = WithoutSite(parts, siteName);
        if (kept.Length < parts.Length && kept.Length > 0)
            return StripSite(string.Join(" | ", kept).Trim(), siteName);
        var first = parts[0].Trim();
        var last = parts[^1].Trim();
        // The site name is the short end part in nearly every CMS template.
        if (Whitespace.WordCount(last) <= 4 && Whitespace.WordCount(first) >= 3)
            return string.Join(" - ", parts[..^1]).Trim();
        if (Whitespace.WordCount(first) <= 3 && Whitespace.WordCount(last) >= 4)
            return string.Join(" - ", parts[1..]).Trim();
        return title;
    }

    // "brand" only as a class word's end ("navbar-brand"): utility classes name colours after it ("bg-brand-green-900").
    [GeneratedRegex(@"(?<![a-z])(?:logo|brand(?![a-z0-9-])|site-title|site-name|sitename|masthead|navbar|site-header)")]
    private static partial Regex LogoHint();

    [GeneratedRegex(@"\s+[|–—•·»:]\s+|\s+-\s+|\s+::\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|io|uk|de|fr|info|biz|us|ca|au)$", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"[\p{Ll})][.!?] \p{Lu}")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
