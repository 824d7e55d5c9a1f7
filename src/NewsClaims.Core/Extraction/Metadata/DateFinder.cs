using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>Finds a page's publication and modification dates, trying the most reliable sources first.</summary>
public static partial class DateFinder
{
    private static readonly TimeSpan FutureSkew = TimeSpan.FromDays(1);

    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published", "published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date.published", "article.published",
        "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date",
        "citation_online_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
        "dcterms.created", "date", "og:pubdate", "originalpublicationdate", "article_date_original", "pub_date",
        "published-date", "rnews:datepublished", "displaydate", "date_published", "timestamp", "published",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "modified_time", "datemodified",
        "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "article.updated", "date.updated",
        "parsely-updated", "sailthru.lastmodified", "updated", "last_updated",
    ];

    /// <summary>The publication date; <paramref name="modified"/> is the page's update date (see <see cref="Modified"/>).</summary>
    public static PageDate? Published(PageMetadata page, PageDate? modified)
    {
        var found = InPageZone(page, FindPublished(page));
        // A republished piece says when it first ran ("This article was originally published on 3 Mar 2024"); that
        // earlier date is its publication date, whatever the republishing site's metadata says.
        if (LabelledLine(page, OriginallyLabel(), "originally-published", dateRightAfter: true, maxLength: 240) is { } original &&
            (found is null || string.CompareOrdinal(original.Date, found.Date) < 0))
            return original;
        // Metadata can carry a CMS's idea of the date (an import, a rebuild, a template default: a paper from 2000
        // stamped with last month) while the line under the headline shows the one readers see. When the two are days
        // apart, the visible line wins, unless it is the page's update date shown without its label.
        if (found is null || found.Source is not ("json-ld" or "itemprop") && !found.Source.StartsWith("meta:", StringComparison.Ordinal))
            return found;
        if ((NearHeadline(page) ?? MarkedPublished(page)) is not { } visible || !Disagree(visible, found) || modified?.Date == visible.Date)
            return found;
        return ReadLikeThePage(page, visible);
    }

    /// <summary>
    /// A <c>&lt;time pubdate&gt;</c>: HTML5's first draft marked the article's publication date so, and templates that
    /// print it at the foot of the text ("Published <c>&lt;time pubdate …&gt;</c>August 13, 2025") still do.
    /// </summary>
    /// <remarks>Themes that mark every card of a related list so give several dates, and then none is taken.</remarks>
    private static PageDate? MarkedPublished(PageMetadata page)
    {
        var marked = page.Document.QuerySelectorAll("time[pubdate][datetime]").Where(t => !InFurniture(t))
            .Select(t => Accept(page, t.GetAttribute("datetime"), "time-element")).OfType<PageDate>().ToList();
        return marked.Count > 0 && marked.All(d => d.Date == marked[0].Date) ? marked[0] : null;
    }

    /// <summary>
    /// Two dates disagree when they are days apart; a day apart is a time zone's doing unless the metadata's instant
    /// falls on that calendar day nowhere on Earth (22:02 UTC on the 19th is the 19th or the 20th, never the 18th).
    /// </summary>
    private static bool Disagree(PageDate visible, PageDate metadata)
    {
        if (DaysApart(visible, metadata) is not { } days || days == 0)
            return false;
        if (days > 1)
            return true;
        if (metadata.Utc is not { } utc || !DateOnly.TryParse(visible.Date, out var shown))
            return false;
        var earliest = DateOnly.FromDateTime(utc.UtcDateTime.AddHours(-12));
        var latest = DateOnly.FromDateTime(utc.UtcDateTime.AddHours(14));
        return shown < earliest || shown > latest;
    }

    /// <summary>The shown date when it is the day before <paramref name="utc"/>'s (before <paramref name="beforeHour"/> UTC) or the day after (from <paramref name="afterHour"/>).</summary>
    private static string? OneDayOff(PageDate? shown, DateTimeOffset utc, int beforeHour, int afterHour) =>
        shown is not null && DateOnly.TryParse(shown.Date, out var day) && IsOneDayOff(day, utc, beforeHour, afterHour) ? shown.Date : null;

    private static bool IsOneDayOff(DateOnly day, DateTimeOffset utc, int beforeHour, int afterHour)
    {
        var utcDay = DateOnly.FromDateTime(utc.UtcDateTime);
        var hour = utc.UtcDateTime.Hour;
        return day == utcDay.AddDays(-1) && hour < beforeHour || day == utcDay.AddDays(1) && hour >= afterHour;
    }

    /// <summary>
    /// How a <c>&lt;time&gt;</c> holding a UTC instant shows it: a clock time ("November 17, 2026 at 7:05 PM") gives the
    /// page's offset; a date alone a day off the UTC date ("November 17, 2026" for 03:05 UTC on the 18th) gives the day.
    /// </summary>
    private static string? AsShown(PageMetadata page, IElement time, DateTimeOffset utc)
    {
        if (DateText.Parse(Dom.Text(time), page.DayFirst) is not { } shown)
            return null;
        if (shown.Time is { } clock)
        {
            var apart = shown.Date.ToDateTime(clock) - utc.UtcDateTime;
            var offset = shown.Offset ?? apart;
            var minutes = Math.Round(offset.TotalMinutes);
            // Zones are whole quarter hours from -12:00 to +14:00; the shown clock may drop the seconds.
            if (Math.Abs((apart - offset).TotalMinutes) >= 1 || Math.Abs(offset.TotalMinutes - minutes) >= 1 || minutes % 15 != 0 || minutes is < -720 or > 840)
                return null;
            return DateText.Iso(utc.ToOffset(TimeSpan.FromMinutes(minutes)));
        }
        return IsOneDayOff(shown.Date, utc, 12, 12) ? shown.Iso : null;
    }

    private static int? DaysApart(PageDate a, PageDate b) =>
        DateOnly.TryParse(a.Date, out var x) && DateOnly.TryParse(b.Date, out var y) ? Math.Abs(x.DayNumber - y.DayNumber) : null;

    private static PageDate? FindPublished(PageMetadata page)
    {
        var article = page.JsonLd.Article;
        if (article is { } a && Accept(page, JsonLd.String(a, "datePublished") ?? JsonLd.String(a, "dateCreated"), "json-ld") is { } fromLd)
            return fromLd;
        if (page.Meta.First(PublishedMeta) is var (value, key) && Accept(page, value, "meta:" + key) is { } fromMeta)
            return fromMeta;
        if (page.JsonLd.Page is { } p && Accept(page, JsonLd.String(p, "datePublished"), "json-ld") is { } fromPage)
            return fromPage;
        foreach (var e in page.Document.QuerySelectorAll("[itemprop~=datePublished]"))
            if (Accept(page, e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent, "itemprop") is { } fromItemprop)
                return fromItemprop;
        if (TimeElement(page, modified: false) is { } fromTime)
            return ReadLikeThePage(page, fromTime);
        if (Dateline(page) is { } fromDateline)
            return ReadLikeThePage(page, fromDateline);
        if (NearHeadline(page) is { } nearHeadline)
            return ReadLikeThePage(page, nearHeadline);
        if (UnderByline(page) is { } underByline)
            return ReadLikeThePage(page, underByline);
        if (PublishedLine(page) is { } publishedLine)
            return publishedLine;
        if (WireDateline(page) is { } wire)
            return wire;
        if (ScriptData(page) is { } fromScript)
            return fromScript;
        return FromUrl(page) ?? LoneDate(page);
    }

    /// <summary>
    /// A date shown only in a side column or a card ("<c>&lt;aside&gt;&lt;h3&gt;Published&lt;/h3&gt;&lt;time …&gt;</c>") is
    /// refused as furniture above; when it is the one dated element of its kind on the whole page, it is the article's.
    /// A related list has several, and then none is taken.
    /// </summary>
    private static PageDate? LoneDate(PageMetadata page)
    {
        PageDate? lone = null;
        foreach (var e in page.BodyElements)
        {
            var isTime = e.LocalName == "time" && e.HasAttribute("datetime");
            if (!isTime && (e.ChildElementCount > 0 || Dom.Hints(e) is not { Length: > 0 } hints || !DatelineHint().IsMatch(hints) || ModifiedHint().IsMatch(hints)))
                continue;
            if (e.Closest("nav") is not null)
                continue;
            var text = isTime ? e.GetAttribute("datetime")! : Dom.Text(e);
            if (text.Length > 100 || DateText.Find(text, page.DayFirst) is not { } found ||
                Accept(page, found.Date, isTime ? "time-element" : "dateline", text.Substring(found.Index, found.Length)) is not { } d)
                continue;
            if (lone is not null && lone.Date != d.Date)
                return null;
            lone ??= d;
        }
        return lone;
    }

    public static PageDate? Modified(PageMetadata page)
    {
        if (page.JsonLd.Article is { } a && Accept(page, JsonLd.String(a, "dateModified"), "json-ld") is { } fromLd)
            return fromLd;
        if (page.Meta.First(ModifiedMeta) is var (value, key) && Accept(page, value, "meta:" + key) is { } fromMeta)
            return fromMeta;
        foreach (var e in page.Document.QuerySelectorAll("[itemprop~=dateModified]"))
            if (Accept(page, e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent, "itemprop") is { } fromItemprop)
                return fromItemprop;
        return TimeElement(page, modified: true) ?? UpdatedLine(page);
    }

    /// <summary>A visible "Last updated: November 13, 2025" line outside the page furniture.</summary>
    private static PageDate? UpdatedLine(PageMetadata page) => LabelledLine(page, UpdatedLabel(), "updated-line", dateRightAfter: false);

    /// <summary>A visible "Post time: 01-04-2024" or "Published on March 3, 2025" line outside the page furniture.</summary>
    private static PageDate? PublishedLine(PageMetadata page) => LabelledLine(page, PublishedLabel(), "published-line", dateRightAfter: true);

    /// <summary>
    /// A date on a line that opens with <paramref name="label"/>, found from the label's text node (one pass over the
    /// page), then its element or the one above it; with <paramref name="dateRightAfter"/> the date must follow the
    /// label at once ("Published by Harbour Books, 2nd edition 12 March 2024" is not a publication line).
    /// </summary>
    private static PageDate? LabelledLine(PageMetadata page, Regex label, string source, bool dateRightAfter, int maxLength = 100)
    {
        foreach (var e in page.BodyElements)
        {
            for (var n = e.FirstChild; n is not null; n = n.NextSibling)
            {
                if (n.NodeType != NodeType.Text || !label.IsMatch(n.TextContent))
                    continue;
                for (var (line, up) = (e, 0); line is not null && up < 2; (line, up) = (line.ParentElement, up + 1))
                {
                    var whole = Dom.Text(line);
                    if (whole.Length > maxLength || InFurniture(line))
                        break;
                    // The date is looked for from the label on: one printed before it ("10:41 AM UTC Updated 2 hours
                    // ago") is another date's.
                    var own = Whitespace.Collapse(n.TextContent).Trim();
                    var text = own.Length > 0 && whole.IndexOf(own, StringComparison.Ordinal) is var from and > 0 ? whole[from..] : whole;
                    if (DateText.Find(text, page.DayFirst) is { } found && (!dateRightAfter || label.Match(text) is { Success: true } m && m.Index + m.Length == found.Index) &&
                        Accept(page, found.Date, source, text.Substring(found.Index, found.Length)) is { } d)
                        return ReadLikeThePage(page, d);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Metadata often gives the instant in UTC while the page shows it in the outlet's own zone; the local calendar date
    /// is what readers saw, so a visible <c>&lt;time&gt;</c> for the same instant lends its offset.
    /// </summary>
    private static PageDate? InPageZone(PageMetadata page, PageDate? date)
    {
        if (date is not { Utc: { } utc } || !date.Local.EndsWith("+00:00", StringComparison.Ordinal))
            return date;
        foreach (var t in page.Document.QuerySelectorAll("time[datetime]"))
        {
            if (DateText.Parse(t.GetAttribute("datetime")) is not { Utc: { } other, Offset: { } offset } local || Math.Abs((other - utc).TotalMinutes) >= 1)
                continue;
            if (offset != TimeSpan.Zero)
                return date with { Local = local.Iso };
            if (AsShown(page, t, utc) is { } shown)
                return date with { Local = shown };
        }
        // A dateline printing the same instant in the outlet's zone ("12:01 a.m. CT Oct. 2, 2026") lends its offset.
        var line = NearHeadline(page);
        if (line is { Utc: { } lineUtc } && Math.Abs((lineUtc - utc).TotalMinutes) < 1 &&
            DateTimeOffset.TryParse(line.Local, CultureInfo.InvariantCulture, out var lineAt) && lineAt.Offset != TimeSpan.Zero)
            return date with { Local = DateText.Iso(utc.ToOffset(lineAt.Offset)) };
        // WordPress-style addresses carry the local calendar date ("/2025/12/18/" for 02:41 UTC on the 19th): a day
        // before a morning UTC instant or after an evening one is that instant's date where the outlet is. The dateline
        // under the headline does too, taken within the hours of the zones most outlets are in (the Americas up to
        // 08:00 UTC, Asia and Oceania from 14:00), since a line by the headline can carry another date.
        if ((OneDayOff(FromUrl(page), utc, 12, 12) ?? OneDayOff(line, utc, 8, 14)) is { } day)
            return date with { Local = day };
        return date;
    }

    private static PageDate? Accept(PageMetadata page, string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text) || DateText.Parse(text, page.DayFirst) is not { } d)
            return null;
        return Accept(page, d, source, text.Trim());
    }

    private static PageDate? Accept(PageMetadata page, StatedDate d, string source, string text)
    {
        if (page.Now is { } now)
        {
            var latest = d.Utc ?? new DateTimeOffset(d.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - TimeSpan.FromHours(14);
            if (latest > now + FutureSkew)
                return null;
        }
        return new PageDate(d.Iso, d.Utc, source, text.Length > 200 ? text[..200] : text);
    }

    private static PageDate? TimeElement(PageMetadata page, bool modified)
    {
        // Menus and listings above the article print other pages' dates first; the article's own follows its headline.
        var (_, end) = HeadlineLocator.Around(page);
        var under = page.BodyElements.Take(end).Skip(Math.Max(0, page.Headline)).Where(e => e.LocalName == "time" && e.HasAttribute("datetime"));
        foreach (var t in under.Concat(page.Document.QuerySelectorAll("time[datetime]")))
        {
            if (InFurniture(t))
                continue;
            var hints = Dom.Hints(t) + " " + (t.ParentElement is { } parent ? Dom.Hints(parent) : "");
            var saysModified = ModifiedHint().IsMatch(hints);
            if (saysModified != modified)
                continue;
            if (Accept(page, t.GetAttribute("datetime"), "time-element") is { } d)
                return d;
        }
        return null;
    }

    private static PageDate? Dateline(PageMetadata page)
    {
        var body = page.Document.Body;
        if (body is null)
            return null;
        foreach (var e in page.BodyElements)
        {
            var hints = Dom.Hints(e);
            if (hints.Length == 0 || !DatelineHint().IsMatch(hints) || ModifiedHint().IsMatch(hints) || InFurniture(e))
                continue;
            var text = Dom.Text(e);
            if (text.Length is 0 or > 200 || IsTodaysDate(e))
                continue;
            if (DateText.Find(text, page.DayFirst) is { } found && Accept(page, found.Date, "dateline", text.Substring(found.Index, found.Length)) is { } d)
                return d;
        }
        return null;
    }

    /// <summary>A "today's date" widget in the masthead ("<c>&lt;p id="todays-date"&gt;</c>") dates the visit, not the article.</summary>
    private static bool IsTodaysDate(IElement e) =>
        TodayHint().IsMatch(Dom.Hints(e)) || e.Descendants<IElement>().Any(d => TodayHint().IsMatch(Dom.Hints(d)));

    /// <summary>A short line with a date just under (or just over) the headline: the visible dateline most templates print.</summary>
    private static PageDate? NearHeadline(PageMetadata page)
    {
        var elements = page.BodyElements;
        var h1 = page.Headline;
        var (start, end) = HeadlineLocator.Around(page);
        PageDate? before = null;
        for (var i = start; i < end; i++)
        {
            var e = elements[i];
            if (i == h1 && LooseTextAfter(page, e) is { } loose)
                return loose;
            if (i == h1 || e.ChildElementCount > 3 || Dom.Hints(e) is var hints && ModifiedHint().IsMatch(hints) && i != h1)
                continue;
            var text = Dom.Text(e);
            // A table's cells are data ("1/1/2013 | +11.9%"), and a photo's caption dates the photo, not the story.
            if (text.Length is < 6 or > 100 || UpdatedLabel().IsMatch(text) || InFurniture(e) || e.Closest("table, figure, figcaption") is not null)
                continue;
            if (DateText.Find(text, page.DayFirst) is not { } found || IsUpdateOrRangeEnd(e, text, found.Index) || IsSentence(text, found.Length) ||
                Accept(page, found.Date, "dateline", text.Substring(found.Index, found.Length)) is not { } d)
                continue;
            if (i > h1)
                return d;
            before = d;
        }
        return before;
    }

    /// <summary>
    /// A date set as bare text right after the headline, in no element of its own ("&lt;legend&gt;Title&lt;/legend&gt; 20
    /// December 2025 &lt;div&gt;…"), as hand-made blogs print it.
    /// </summary>
    private static PageDate? LooseTextAfter(PageMetadata page, IElement headline)
    {
        var text = "";
        for (var n = headline.NextSibling; n is not null && n.NodeType != NodeType.Element; n = n.NextSibling)
            if (n.NodeType == NodeType.Text)
                text += n.TextContent;
        text = Whitespace.Collapse(text);
        return text.Length is >= 6 and <= 60 && DateText.Find(text, page.DayFirst) is { } found && found.Length >= text.Length - 12
            ? Accept(page, found.Date, "dateline", text.Substring(found.Index, found.Length))
            : null;
    }

    /// <summary>
    /// An author box, wherever it sits: "<c>&lt;p&gt;Written by Jane Doe&lt;/p&gt;&lt;p&gt;April 8, 2024&lt;/p&gt;</c>": a line
    /// that is only a date, right after the byline.
    /// </summary>
    private static PageDate? UnderByline(PageMetadata page)
    {
        foreach (var e in page.BodyElements)
        {
            if (e.ChildElementCount > 3 || e.NextElementSibling is not { ChildElementCount: 0 } next || Dom.Text(e) is not { Length: <= 80 } line ||
                !AuthorFinder.IsBylineLine(line) || InFurniture(e))
                continue;
            var text = Dom.Text(next);
            if (text.Length <= 40 && DateText.Find(text, page.DayFirst) is { } found && found.Length >= text.Length - 3 &&
                Accept(page, found.Date, "dateline", text.Substring(found.Index, found.Length)) is { } d)
                return d;
        }
        return null;
    }

    /// <summary>
    /// "Jane Doe · Updated on Jul 4, 2024", "Last Updated: <strong>Dec 15th 2025</strong>": the date follows an update
    /// label, in its own line or the one around it; "valid November 26 – December 3, 2025": the date ends a range.
    /// </summary>
    private static bool IsUpdateOrRangeEnd(IElement e, string text, int dateIndex)
    {
        var before = text[..dateIndex];
        if (before.Trim().Length == 0 && e.ParentElement is { } parent && Dom.Text(parent) is { Length: <= 100 } around)
        {
            var at = around.IndexOf(text, StringComparison.Ordinal);
            before = at > 0 ? around[..at] : before;
        }
        return UpdateOrRangeBefore().IsMatch(before);
    }

    /// <summary>A line of prose that mentions a date ("The pier reopens on December 3, 2025.") is not a dateline.</summary>
    private static bool IsSentence(string text, int dateLength) =>
        text.TrimEnd() is [.., '.' or '!' or '?'] && text.Length - dateLength > 24;

    /// <summary>
    /// The agency dateline that opens wire copy, "RAJSHAHI, Dec 20, 2025 (BSS) -", in the page's description or its
    /// first paragraphs (only with a year: "Dec 20 (Reuters)" alone leaves the year to guess).
    /// </summary>
    private static PageDate? WireDateline(PageMetadata page)
    {
        var candidates = new List<string>();
        if (page.Meta.First("description", "og:description") is var (description, _))
            candidates.Add(description);
        candidates.AddRange(page.BodyElements.Where(e => e.LocalName == "p").Take(5).Select(e => e.TextContent));
        foreach (var text in candidates)
        {
            var m = WireLead().Match(text);
            if (m.Success && DateText.Parse(m.Groups[1].Value, page.DayFirst) is { } d && Accept(page, d, "wire-dateline", m.Value.Trim()) is { } found)
                return found;
        }
        return null;
    }

    /// <summary>Dates that script-rendered pages carry in their embedded data (Next.js, Nuxt, headless CMS payloads).</summary>
    private static PageDate? ScriptData(PageMetadata page)
    {
        foreach (var script in page.Document.Scripts)
        {
            var text = script.TextContent;
            if (text.Length < 20)
                continue;
            var m = ScriptDate().Match(text);
            if (m.Success && Accept(page, m.Groups[2].Value, "script:" + m.Groups[1].Value) is { } d)
                return d;
        }
        return null;
    }

    /// <summary>
    /// "03/10/2023" reads two ways; when the page's address dates it the other way, or another <c>&lt;time&gt;</c> on the
    /// page gives the other reading in ISO form (the article's own card in a side list), that settles it.
    /// </summary>
    private static PageDate ReadLikeThePage(PageMetadata page, PageDate date)
    {
        if (!AmbiguousNumeric().IsMatch(date.SourceText) || DateText.Parse(date.SourceText, !page.DayFirst) is not { } other)
            return date;
        var otherDay = other.Iso[..10];
        var settled = FromUrl(page) is { } url ? url.Date == otherDay :
            page.Document.QuerySelectorAll("time[datetime]").Any(t => t.GetAttribute("datetime") is { } iso && iso.StartsWith(otherDay, StringComparison.Ordinal));
        return settled && Accept(page, other, date.Source, date.SourceText) is { } swapped ? swapped : date;
    }

    /// <summary>A date in the page's address, or in the address its <c>og:url</c> gives (some sites escape it whole: "%2F2025-12-15%2F").</summary>
    private static PageDate? FromUrl(PageMetadata page)
    {
        var m = UrlDate().Match(page.Url.AbsolutePath);
        if (!m.Success && page.Meta.First("og:url") is var (ogUrl, _))
            m = UrlDate().Match(Uri.UnescapeDataString(ogUrl));
        if (!m.Success)
        {
            // "/2023/october/03/": the month as a word.
            var w = UrlWordDate().Match(page.Url.AbsolutePath);
            return w.Success && DateText.Parse($"{w.Groups[3].Value} {w.Groups[2].Value} {w.Groups[1].Value}") is { } wd
                ? Accept(page, wd, "url", w.Value.Trim('/'))
                : null;
        }
        var text = m.Value.Trim('/');
        if (DateText.Parse(m.Groups[1].Value + "-" + m.Groups[2].Value + "-" + m.Groups[3].Value) is not { } d)
            return null;
        return Accept(page, d, "url", text);
    }

    /// <summary>In a menu, a side column, comments or a related list: dates there belong to other pages.</summary>
    internal static bool InFurniture(IElement e)
    {
        // The body's classes describe the whole page ("no-sidebar", "footer-widgets-1"), so the walk stops below it.
        // A side column is furniture itself too, not only what it holds.
        if (e.LocalName is "nav" || e.LocalName is "aside" or "footer" && e.Closest("article") is null)
            return true;
        for (var p = e.ParentElement; p is not null && p.LocalName is not ("body" or "html"); p = p.ParentElement)
        {
            if (p.LocalName is "nav")
                return true;
            // A container that also holds the headline is the article's column, whatever its classes ("sidebar_content").
            if (p.QuerySelector("h1") is not null)
                return false;
            // An article's own footer or aside holds its dates and byline; the page's do not.
            if (p.LocalName is "aside" or "footer" && p.Closest("article") is null)
                return true;
            var hints = Dom.Hints(p);
            if (hints.Length > 0 && FurnitureHint().IsMatch(hints))
                return true;
        }
        return false;
    }

    // "RAJSHAHI, Dec 20, 2025 (BSS) -": a capitalised place, the date, the agency in brackets, a dash.
    [GeneratedRegex(@"\b\p{Lu}[\p{Lu} .'-]{2,40},\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)(?:19|20)\d{2})\s*\([\p{Lu}\p{Lt}][\w. &-]{0,30}\)\s*[-–—]")]
    private static partial Regex WireLead();

    [GeneratedRegex(@"/((?:19|20)\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)/(0?[1-9]|[12]\d|3[01])(?:/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlWordDate();

    [GeneratedRegex(@"^(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{2}|\d{4})$")]
    private static partial Regex AmbiguousNumeric();

    [GeneratedRegex(@"^\W*(?:(?:first\s+)?(?:published|posted|post (?:time|date)|date (?:posted|published)|publication date|publish date)(?:\s+(?:on|at))?|" + DateLabels.Published + @")\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^\W*(?:this (?:article|story|post|piece|report|column) (?:was|is) )?originally (?:published|posted|appeared)(?:\s+(?:by|in|at)\s+[^.,:;]{1,40}?)?\s+on\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OriginallyLabel();

    [GeneratedRegex(@"^\W*(?:(?:last\s+)?(?:updated?|modified|reviewed|edited)\b|" + DateLabels.Updated + ")", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedLabel();

    [GeneratedRegex(@"(?:(?:updated?|modified|reviewed|edited|revised)(?:\s+on)?\s*:?|" + DateLabels.Updated + @"\s*:?|\d{1,2}(?:st|nd|rd|th)?\s*[–—-]|\b(?:to|through|until|till))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateOrRangeBefore();

    [GeneratedRegex(@"(?<![a-z])(?:updat|modif|edited|revis)")]
    private static partial Regex ModifiedHint();

    [GeneratedRegex(@"(?<![a-z])(?:todays?|current)[-_]?date")]
    private static partial Regex TodayHint();

    [GeneratedRegex(@"(?<![a-z])(?:date|time|publish|posted|dateline|byline|meta|timestamp|author)")]
    private static partial Regex DatelineHint();

    // Only at the start of a class word: "sidebar" and "related-posts" are furniture, "post-sidebar-mode" and "node--promoted" describe the page.
    [GeneratedRegex(@"(?<![a-z0-9-])(?:comment|related|recommend|sidebar|widget-area|more-|teaser|card|promo(?!ted)|trending|popular|jp-relatedposts|yarpp)")]
    private static partial Regex FurnitureHint();

    [GeneratedRegex(@"\\*""(datePublished|publishedAt|published_at|publishDate|publishedDate|publish_date|first_publication_date|publicationDate|pubDate)\\*""\s*:\s*\\*""((?:19|20)\d{2}-\d{2}-\d{2}[^""\\]{0,30})")]
    private static partial Regex ScriptDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$|\.|\+|_)")]
    private static partial Regex UrlDate();
}
