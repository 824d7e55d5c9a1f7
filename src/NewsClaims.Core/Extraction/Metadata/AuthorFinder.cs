using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>Finds the article's authors: structured data first, then bylines; fewer and right beats many and wrong.</summary>
public static partial class AuthorFinder
{
    private static readonly string[] MetaKeys =
    [
        "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
        "citation_author", "byl", "cxenseparse:author", "twitter:data1",
    ];

    public static (IReadOnlyList<string> Names, string Source)? Find(PageMetadata page, string? siteName)
    {
        // Structured data and meta tags that name a person are taken at their word. Ones that name only an
        // organisation or the site itself (often a CMS default: "Harwick University News" above "By Marta Lind") give way to
        // a person's byline, and are kept when there is none.
        (IReadOnlyList<string> Names, string Source)? organisation = null;
        if (page.JsonLd.Article is { } article && FromJsonLd(page.JsonLd, article) is { Count: > 0 } ld)
        {
            if (!OnlyOrganisations(page.JsonLd, article) && !IsSite(ld, siteName))
                return (ld, "json-ld");
            organisation = (ld, "json-ld");
        }
        if (FromMeta(page) is { } meta)
        {
            if (!IsSite(meta.Names, siteName))
                return meta;
            organisation ??= meta;
        }
        var byline = FromBody(page, siteName);
        if (organisation is null || byline is null)
            return byline ?? organisation ?? SiteOwner(siteName ?? TitleSuffix(page.Document.Title)) ?? SiteOwner(CopyrightHolder(page));
        var people = WithoutSite(byline.Value.Names, siteName);
        return people.Count > 0 ? (people, byline.Value.Source) : organisation;
    }

    /// <summary>
    /// A personal site signs nothing but is named after its owner ("Marta Lind", "Marta Lind's blog"): with no byline
    /// anywhere, the owner wrote the page. Only two or three capitalised words opening with a common first name count, so
    /// an outlet ("Harwick Courier", "Grace Valley Energy", "Charlotte Gazette") is never taken for a person.
    /// </summary>
    private static (IReadOnlyList<string> Names, string Source)? SiteOwner(string? siteName)
    {
        if (siteName is null || PersonalSite().Match(siteName) is not { Success: true } m)
            return null;
        var name = m.Groups[1].Value;
        var words = name.Split(' ');
        var names = Analysis.Entities.ShippedModel.Gazetteer;
        // Surnames are often places too ("Marta Preston"), so only the whole name is checked against the place list.
        var person = names.IsFirstName(words[0]) && !Desks.Contains(words[^1]) && !names.IsPlace(name) &&
                     words.All(w => !Analysis.Entities.Gazetteer.IsOrgSuffix(w) && !Analysis.Entities.RoleWords.IsOutletHead(w) &&
                                    !Analysis.Entities.RoleWords.IsRole(w));
        return person ? ([name], "site-owner") : null;
    }

    /// <summary>Who the page's footer says holds the copyright ("© 2025 Marta Lind. All rights reserved.").</summary>
    private static string? CopyrightHolder(PageMetadata page)
    {
        var footer = page.BodyElements.LastOrDefault(e => e.LocalName == "footer" || e.GetAttribute("role") == "contentinfo");
        if (footer is null)
            return null;
        var text = Dom.Text(footer);
        return Copyright().Match(text.Length > 2000 ? text[^2000..] : text) is { Success: true } m ? m.Groups[1].Value : null;
    }

    /// <summary>What the window title names after its last separator ("Headline | Marta Lind"), when it has one.</summary>
    private static string? TitleSuffix(string? title)
    {
        if (title is null)
            return null;
        var parts = TitleSeparator().Split(title);
        return parts.Length >= 2 ? Whitespace.Collapse(parts[^1]) : null;
    }

    /// <summary>A line that opens as a byline does: "By Jane Doe", "Written by: Jane Doe", "Author: Jane Doe".</summary>
    internal static bool IsBylineLine(string line) => ByLine().IsMatch(line);

    private static bool IsSite(IReadOnlyList<string> names, string? siteName) =>
        siteName is not null && names.All(n => n.Equals(siteName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The people a byline names besides the site: "Marta Lind Harwick Courier" is Marta Lind; "Harwick Courier
    /// Sponsored" is the site again, "Harwick Courier Editorial Team" its desk.
    /// </summary>
    private static List<string> WithoutSite(IReadOnlyList<string> names, string? siteName)
    {
        if (siteName is null)
            return [.. names];
        var people = new List<string>();
        foreach (var name in names)
        {
            if (name.StartsWith(siteName, StringComparison.OrdinalIgnoreCase))
            {
                if (name.Length > siteName.Length && Desks.Contains(name.Split(' ')[^1]))
                    people.Add(name);
                continue;
            }
            var person = name.EndsWith(siteName, StringComparison.OrdinalIgnoreCase) ? name[..^siteName.Length].TrimEnd(' ', ',', '|', '-', '–', '—', '/') : name;
            if (person.Length > 0)
                people.Add(person);
        }
        return people;
    }

    private static bool OnlyOrganisations(JsonLd ld, JsonElement article)
    {
        var all = Authors(ld, article);
        return all.Count > 0 && all.All(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("@type", out var type)
                                              && type.ValueKind == JsonValueKind.String && type.GetString()!.EndsWith("Organization", StringComparison.Ordinal));
    }

    private static (IReadOnlyList<string> Names, string Source)? FromMeta(PageMetadata page)
    {
        foreach (var key in MetaKeys)
        {
            var values = page.Meta.All(key);
            // twitter:data1 is an author only when its label says so ("Written by").
            if (key == "twitter:data1" && !(page.Meta.First("twitter:label1")?.Value.Contains("writ", StringComparison.OrdinalIgnoreCase) ?? false))
                continue;
            var names = Clean(values, null);
            if (names.Count > 0)
                return (names, "meta:" + key);
        }
        return null;
    }

    private static (IReadOnlyList<string> Names, string Source)? FromBody(PageMetadata page, string? siteName)
    {
        var body = page.Document.Body;
        if (body is null)
            return null;
        // A byline that says so (itemprop, rel=author, "By …" under the headline, "Written by …") is taken even when it
        // names the site: a personal blog is signed by its owner, a company blog by the company. Only the guess from
        // class names below refuses the site's name, which there is usually the logo.
        var itemprop = Clean(body.QuerySelectorAll("[itemprop~=author]").Select(AuthorText), null);
        if (itemprop.Count > 0)
            return (itemprop, "itemprop");
        var rel = Clean(body.QuerySelectorAll("a[rel~=author]").Select(e => Dom.Text(e)), null);
        if (rel.Count > 0)
            return (rel, "rel-author");
        if (NearHeadline(page) is { Count: > 0 } near)
            return (near, "byline");
        foreach (var e in page.BodyElements)
        {
            var hints = Dom.Hints(e);
            // Commenters and the comment form's "Name" field are not the article's authors.
            if (hints.Length == 0 || !BylineHint().IsMatch(hints) || BioHint().IsMatch(hints) || hints.Contains("comment", StringComparison.Ordinal)
                || e.Closest("form, button, label, select") is not null)
                continue;
            var text = BylineText(e);
            if (text.Length is 0 or > 120)
                continue;
            var names = Clean([text], siteName);
            if (names.Count > 0)
                return (names, "byline");
        }
        // Last, a "Written by Jane Doe" line anywhere outside comments: templates print it in the author box after the
        // text. A bare "By …" is not enough there (photo and agency credits start so too).
        // Found from the label's text node (one pass over the page), then its element or the one above it.
        foreach (var e in page.BodyElements)
        {
            for (var n = e.FirstChild; n is not null; n = n.NextSibling)
            {
                if (n.NodeType != NodeType.Text || !SignedLabel().IsMatch(n.TextContent))
                    continue;
                if (e.Closest("form, button, label, select") is not null || InComments(e))
                    break;
                for (var (line, up) = (e, 0); line is not null && up < 2; (line, up) = (line.ParentElement, up + 1))
                {
                    var text = Dom.Text(line);
                    if (text.Length > 80)
                        break;
                    if (SignedLine().IsMatch(text) && Clean([BylineText(line)], null) is { Count: > 0 } names)
                        return (names, "byline");
                }
            }
        }
        // Or a field set as label and value in a fact box beside the text ("<h3>Author</h3><p>Jane Doe</p>").
        foreach (var e in page.BodyElements)
        {
            if (LabelledValue(e) is { Length: <= 80 } value && e.Closest("form, button, label, select") is null && !InComments(e) &&
                Clean([value], null) is { Count: > 0 } names)
                return (names, "byline");
        }
        return null;
    }

    private static bool InComments(IElement e)
    {
        for (var p = e; p is not null; p = p.ParentElement)
            if (Dom.Hints(p).Contains("comment", StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>A "By Jane Doe" line or a link to an author page just around the headline.</summary>
    private static List<string>? NearHeadline(PageMetadata page)
    {
        var (start, end) = HeadlineLocator.Around(page);
        for (var i = start; i < end; i++)
        {
            var e = page.BodyElements[i];
            if (e.LocalName == "a" && e.GetAttribute("href") is { } href && AuthorLink().IsMatch(href))
            {
                var linked = Clean([Dom.Text(e)], null);
                if (linked.Count > 0)
                    return linked;
            }
            if (e.ChildElementCount > 4)
                continue;
            var line = Dom.Text(e);
            if (line.Length is < 5 or > 100)
                continue;
            var byline = ByLine().IsMatch(line) ? BylineText(e) : LabelledValue(e) ?? (i > page.Headline ? DatedName(line, page.DayFirst) : null);
            if (byline is null)
                continue;
            var names = Clean([byline], null);
            if (names.Count > 0)
                return names;
        }
        return null;
    }

    private static string AuthorText(IElement e)
    {
        var name = e.QuerySelector("[itemprop~=name]");
        return name?.GetAttribute("content") ?? (name is not null ? Dom.Text(name) : e.GetAttribute("content") ?? BylineText(e));
    }

    /// <summary>
    /// A byline's text, or only its name part when the template marks one ("author__name", "entry-author-name"): the
    /// job title, share buttons and reading time beside it are not part of the name.
    /// </summary>
    /// <summary>
    /// A name printed before a separator and the date, without "By": "Marta Lind | Transport Editor | November 20, 2026",
    /// "Jane Doe · 3 March 2026".
    /// </summary>
    private static string? DatedName(string line, bool dayFirst) =>
        DatedNameLine().Match(line) is { Success: true } m && DateText.Find(m.Groups[2].Value, dayFirst) is not null ? m.Groups[1].Value : null;

    /// <summary>
    /// The value of a field set as label and value, "<c>&lt;h3&gt;Author&lt;/h3&gt;&lt;p&gt;Jane Doe&lt;/p&gt;</c>",
    /// "<c>&lt;dt&gt;Written by&lt;/dt&gt;&lt;dd&gt;Jane Doe&lt;/dd&gt;&lt;dt&gt;Section&lt;/dt&gt;…</c>": the element after the label, alone.
    /// </summary>
    private static string? LabelledValue(IElement e) =>
        e.FirstElementChild is { ChildElementCount: 0, NextElementSibling: { } value } first &&
        (e.FirstChild is not { NodeType: NodeType.Text } lead || string.IsNullOrWhiteSpace(lead.TextContent)) &&
        LabelOnly().IsMatch(Dom.Text(first))
            ? BylineText(value)
            : null;

    private static string BylineText(IElement e)
    {
        foreach (var d in e.QuerySelectorAll("[class]"))
            if (Dom.Hints(d) is var hints && NameHint().IsMatch(hints) && !hints.Contains("comment", StringComparison.Ordinal)
                && d.Closest("form") is null && Dom.Text(d) is { Length: > 2 } name)
                return (ByLine().IsMatch(Dom.Text(e)) && !ByLine().IsMatch(name) ? "By " : "") + name;
        return BeforeRole(e) ?? Dom.Text(e);
    }

    /// <summary>
    /// "Keith Barry" then "Senior Autos Reporter", "Orbi Team" then "Share Article": when the template prints the job
    /// title or buttons in their own elements after the name, the text ends at them.
    /// </summary>
    private static string? BeforeRole(IElement e)
    {
        var kept = new List<string>();
        var (named, names) = (false, 0);
        for (var n = e.FirstChild; n is not null && !ReferenceEquals(n, e); n = Next(n, e))
        {
            if (n.NodeType != NodeType.Text || Whitespace.Collapse(n.TextContent) is not { Length: > 0 } segment)
                continue;
            // Two names in their own elements are two people ("Emily Walker" "Casey Moore"); one-word parts are one name.
            if (named && (JobTitle().IsMatch(segment) || AfterName().IsMatch(segment)))
                return string.Join(kept.All(IsMultiWord) ? ", " : " ", kept);
            var label = ByPrefix().IsMatch(segment + " ") || LabelOnly().IsMatch(segment);
            // A name is a short run of words or two ("Jane" "Doe"); longer text before the role is a bio, not a byline.
            if (!label && (++names > 2 || Whitespace.WordCount(segment) > 5))
                return null;
            if (!label)
                kept.Add(segment);
            named |= !label;
        }
        return null;
    }

    /// <summary>The next node in document order inside <paramref name="root"/>, or null after its last.</summary>
    private static INode? Next(INode n, IElement root)
    {
        if (n.FirstChild is { } child)
            return child;
        for (var at = n; at is not null && !ReferenceEquals(at, root); at = at.ParentElement)
            if (at.NextSibling is { } sibling)
                return sibling;
        return null;
    }

    private static List<string> FromJsonLd(JsonLd ld, JsonElement article) =>
        Clean(Authors(ld, article).Select(JsonLd.StringOf), null);

    /// <summary>The article's author (or creator) entries, a bare reference to a person elsewhere in the graph resolved.</summary>
    private static List<JsonElement> Authors(JsonLd ld, JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author) && !article.TryGetProperty("creator", out author))
            return [];
        return (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author]).Select(ld.Resolve).ToList();
    }

    /// <summary>Names from raw author strings: prefixes and outlet suffixes removed, lists split, non-names dropped.</summary>
    public static List<string> Clean(IEnumerable<string?> raw, string? siteName)
    {
        var names = new List<string>();
        foreach (var r in raw)
        {
            if (string.IsNullOrWhiteSpace(r))
                continue;
            var s = Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(r));
            if (s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.StartsWith('@'))
                continue;
            // "Dec. 19, 2025 · Jane Doe": a dateline printed before the name.
            if (DateText.Find(s, false) is { Index: 0 } lead && LeadSeparator().Match(s, lead.Length) is { Success: true } sep)
                s = s[(sep.Index + sep.Length)..];
            s = ByPrefix().Replace(s, "");
            // Twice: "Jane Doe on December 3, 2025" loses the date, then the "on".
            s = Suffix().Replace(Suffix().Replace(s, ""), "");
            s = s.Trim(' ', ',', '|', '-', '–', '—', ':', '·');
            // "Aditi Kulkarni, Pune": the place the reporter files from, printed after the name.
            if (s.LastIndexOf(", ", StringComparison.Ordinal) is var comma and > 0 && s[(comma + 2)..] is var place &&
                Whitespace.WordCount(place) <= 2 && Analysis.Entities.ShippedModel.Gazetteer.IsPlace(place))
                s = s[..comma];
            if (s.Length <= 200)
                s = Repeated().Replace(s, "$1");
            var parts = Split(s).ToList();
            // "A and B, The Daily Paper": the outlet after a list of people is not an author, nor is
            // "Jane Doe, Privacy Expert" a second person, nor "Jane Doe, Ledger Staff" (the desk she belongs to).
            if (parts.Count > 1)
                parts = parts.Where((p, k) => k == 0 || !p.TrimStart().StartsWith("The ", StringComparison.Ordinal) && !JobTitle().IsMatch(p) &&
                                              !Desks.Contains(p.Trim().Split(' ')[^1])).ToList();
            foreach (var part in parts)
            {
                // "Marta Lind Tech Reporter", "Marta Lind Friday": a job title or a weekday printed after a
                // person's name ("Harwick Blog Contributor" is a desk's name).
                var person = TrailingRole().Replace(part, "");
                var name = (person.Split(' ')[^1] is "Blog" or "News" || Desks.Contains(person.Split(' ')[^1]) ? part : person).Trim(' ', ',', '.', '|').Trim();
                if (part.EndsWith('.') && part.Length > 2 && char.IsUpper(part[^2]))
                    name = part.Trim(' ', ',', '|');
                if (!LooksLikeName(name, siteName) || names.Contains(name, StringComparer.OrdinalIgnoreCase))
                    continue;
                names.Add(name);
            }
        }
        return names;
    }

    private static IEnumerable<string> Split(string s)
    {
        // "Jane Doe, PhD" is one author with a credential: only split when every part is a name of two or more words.
        var parts = ListSeparator().Split(s);
        var list = parts.Length > 1 && parts.All(IsMultiWord) ? parts : [s];
        foreach (var part in list)
        {
            var andParts = AndSeparator().Split(part);
            foreach (var p in andParts.Length > 1 && andParts.All(IsMultiWord) ? andParts : [part])
                yield return p;
        }
    }

    private static bool IsMultiWord(string p) => Whitespace.WordCount(p) >= 2;

    private static bool LooksLikeName(string name, string? siteName)
    {
        if (name.Length is < 3 or > 80 || !char.IsLetter(name[0]))
            return false;
        if (siteName is not null && name.Equals(siteName, StringComparison.OrdinalIgnoreCase))
            return false;
        if (NotAName().IsMatch(name))
            return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8)
            return false;
        // "AI platform for healthcare": a name written with capitals capitalises all but its particles ("van", "de", "bin");
        // one written all in lower case ("kirstin boatto") is still a name.
        // A desk is named like a phrase and still signs the piece: "Region Voice politics team".
        if (words.Count(w => char.IsLower(w[0]) && !Particles.Contains(w)) > 1 && words.Any(w => char.IsUpper(w[0]))
            && !Desks.Contains(words[^1]))
            return false;
        return name.Count(char.IsDigit) <= 3;
    }

    private static readonly HashSet<string> Desks = new(StringComparer.OrdinalIgnoreCase)
        { "team", "desk", "staff", "editors", "newsroom", "bureau", "reporters", "correspondents" };

    private static readonly HashSet<string> Particles =
        ["van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "dos", "das", "la", "le", "bin", "al", "el", "ter", "ten", "y", "and"];

    [GeneratedRegex(@"^(?:(?:view all posts|more posts|all posts|posts|articles|stories|this (?:post|article|story) (?:was|is) written|written|posted|reported|words|story|text|published|compiled|edited|authored)\s+by|by|author|authors|contributors?|written|byline|von|par|por|door|autor|autorin|auteure?|autore|autora)(?:\s*[:\-]?\s+|(?-i:(?=\p{Lu}\p{L})))|^by(?=\p{Lu})" +
        // Labels with a colon in Chinese, Japanese, Korean, Russian, Turkish and Indonesian: "作者：王小明", "Автор: Анна Петрова".
        @"|^(?:作者|记者|記者|撰文|文|编辑|編集|기자|автор|авторы|текст|yazar|penulis|oleh)\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:[|•·»⋅●]\s*.*|\s+[-–—]\s+.*|\s+says$|,?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d).*|\s+(?:[Ff]or|at)\s+(?:the\s+)?[A-Z].*|\s*\b(?i:updated|published|posted|last updated|last update|reviewed by|more about)\b.*|\s*\S+@\S+\.\S+.*|,?\s+\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b.*|\s+on(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*)?|\s+on behalf of\b.*)$")]
    private static partial Regex Suffix();

    // "Loona Construction Loona Construction": a name printed twice by a template (desktop and mobile copies).
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?:['’]s\s+(?:blog|notes|site|weblog|newsletter|journal))?$")]
    private static partial Regex PersonalSite();

    [GeneratedRegex(@"(?:©|\([cC]\)|[Cc]opyright)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(?:by\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?:\s*,?\s*(?:19|20)\d{2})?\s*(?:[.,|]|[Aa]ll [Rr]ights|$)")]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\s+[|–—·-]\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^(.{3,}?)(?:\s+\1)+$")]
    private static partial Regex Repeated();

    [GeneratedRegex(@"\s*(?:,\s*(?:and\s+)?|;\s*|\s+&\s+)")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\s+(?:and|&)\s+")]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"(?i)^(?:home|menu|search|subscribe|sign in|log in|login|share|follow|news|contact|about|admin|administrator|unknown|guest|anonymous|staff|editor|editorial|team|read more|more|view all|see all|all posts|posts by|facebook|twitter|linkedin|instagram|email|the author|author|by|written by|posted by|authored by|learn more\W*|view (?:full )?profile)$|^[a-z0-9]+[._@][a-z0-9._@]+$|^[a-z]+\d+[a-z\d]*$|(?i)\b(?:min read|minutes? read|comments?|(?:written|posted|reviewed|edited) by)\b")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"\G\s*[|•·»⋅●,–—-]\s*")]
    private static partial Regex LeadSeparator();

    // Buttons and labels printed after a byline's name.
    [GeneratedRegex(@"(?i)^(?:share|copy link|view (?:in|all|profile)|follow|more (?:by|from)|edited by|reviewed by|fact[- ]checked by|updated|published|\d+ min(?:ute)?s? read)\b")]
    private static partial Regex AfterName();

    [GeneratedRegex(@"(?i)^(?:by|author|authors|contributors?|autor|autorin|auteure?|autore|autora|written by|posted by|words by|about (?:the|our|this) (?:author|writer|expert|reviewer)s?)\s*:?$")]
    private static partial Regex LabelOnly();

    [GeneratedRegex(@"^(?:written|posted|authored|words) by\s*:?\s*\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex SignedLine();

    [GeneratedRegex(@"^\s*(?:written|posted|authored|words) by\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignedLabel();

    // "Von", "Par", "Por", "Door": "by" in German, French, Spanish and Portuguese, Dutch; the name after it is capitalised
    // ("Par ailleurs" is not a byline).
    // Under IgnoreCase \p{Lu} takes any letter, so a lower-case handle signs too ("by ibby"); small print that opens with
    // "By signing up, you agree …" does not.
    [GeneratedRegex(@"^(?:(?:written |posted |reported )?by(?!\s+(?:signing|subscribing|registering|submitting|continuing|clicking|using|entering|providing|creating|accepting|the|a|an|our|your|this)\b)|(?:von|par|por|door)(?=\s+\p{Lu})|(?:authors?|contributors?|autor(?:in)?|auteure?|autore|autora)\s*:)\s*:?\s*\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    // "Privacy and Digital Security Expert", "Head of Marketing": a role split off a byline, not a person.
    [GeneratedRegex(@"(?i)\b(?:" + BylineRoles.Newsroom + "|" + BylineRoles.Business + @")s?\b")]
    private static partial Regex JobTitle();

    [GeneratedRegex(@"^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*[|•·–—]\s*(.+)$")]
    private static partial Regex DatedNameLine();

    [GeneratedRegex(@"(?<=^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+(?:(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?i:" + BylineRoles.Newsroom + @"|coordinator|strategist|analyst)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Share)$")]
    private static partial Regex TrailingRole();

    // A class word that names the person in an author block: "author-name", "article__author__name", "byline-name".
    [GeneratedRegex(@"(?<![a-z0-9])[a-z0-9-]*(?:author|byline|writer)[a-z0-9-]*-name(?![a-z0-9-])")]
    private static partial Regex NameHint();

    // "/author/marta-lind/", and "/staff/4410/marta-lind/" with the CMS's number for the person first.
    [GeneratedRegex(@"/(?:author|authors|writers?|staff|people|profile|contributors?|team|journalists?|reporters?|columnists?)/(?:\d+/)?[^/?#]+/?(?:$|[?#])", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorLink();

    [GeneratedRegex(@"(?<![a-z])(?:byline|author-name|author|writer|by-line|contributor|reporter)")]
    private static partial Regex BylineHint();

    [GeneratedRegex(@"(?<![a-z])(?:bio|description|about|avatar|image|photo|img)")]
    private static partial Regex BioHint();
}
