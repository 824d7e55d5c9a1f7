using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using NewsClaims.Core.Urls;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>Treats an HTML section or front page as a feed: the links on it that look like articles.</summary>
/// <remarks>
/// Kept: links on the same site (host or a subdomain of it) outside navigation, header and footer, whose path
/// looks like an article: a date in the path, a long hyphenated slug, or a numeric id, or a link whose text
/// reads like a headline. Section, tag, author and account pages are left out.
/// </remarks>
internal static partial class HtmlSectionReader
{
    private static readonly string[] ExcludedSegments =
    [
        "tag", "tags", "topic", "topics", "category", "categories", "section", "author", "authors", "about",
        "contact", "login", "signin", "register", "subscribe", "subscription", "newsletter", "newsletters",
        "search", "privacy", "terms", "cookies", "help", "account", "feed", "rss", "video", "videos", "podcasts",
    ];

    private static readonly string[] ExcludedExtensions = [".jpg", ".jpeg", ".png", ".gif", ".svg", ".pdf", ".mp3", ".mp4", ".zip", ".xml", ".css", ".js"];

    public static FeedDocument Read(string html, Uri pageUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        var site = SiteOf(pageUrl.Host);
        var items = new ItemList(pageUrl);
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (anchor.Closest("nav, header, footer, [role=navigation], aside") is not null)
                continue;
            var url = UrlCanonicalizer.Resolve(pageUrl, anchor.GetAttribute("href"));
            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var target))
                continue;
            if (pageUrl.Scheme != Uri.UriSchemeFile && SiteOf(target.Host) != site)
                continue;
            var title = Collapse(anchor.TextContent);
            if (LooksLikeArticle(target, title))
                items.Add(url, title.Length > 0 ? title : null, null);
        }
        var pageTitle = document.Title;
        return FeedDocument.Of(FeedFormat.HtmlSection, string.IsNullOrWhiteSpace(pageTitle) ? null : pageTitle.Trim(), items.Items);
    }

    private static bool LooksLikeArticle(Uri url, string linkText)
    {
        var path = url.AbsolutePath.ToLowerInvariant();
        if (ExcludedExtensions.Any(path.EndsWith) && !path.EndsWith(".html", StringComparison.Ordinal))
            return false;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => ExcludedSegments.Contains(s)))
            return false;
        var last = segments[^1];
        var slug = Path.GetFileNameWithoutExtension(last);
        return DatedPath().IsMatch(path)
               || slug.Count(c => c == '-') >= 3
               || NumericId().IsMatch(slug)
               || (segments.Length >= 2 && linkText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5);
    }

    /// <summary>The registrable part of a host, so news.example.com and www.example.com count as one site.</summary>
    private static string SiteOf(string host)
    {
        var labels = host.ToLowerInvariant().Split('.');
        // Country-code second levels such as co.uk and com.au keep a third label.
        var keep = labels.Length >= 3 && labels[^1].Length == 2 && labels[^2] is "co" or "com" or "org" or "net" or "gov" or "ac" or "ne" or "or" ? 3 : 2;
        return labels.Length <= keep ? host.ToLowerInvariant() : string.Join('.', labels[^keep..]);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"/(19|20)\d\d/(0?[1-9]|1[0-2])(/|$)|/(19|20)\d\d-\d\d-\d\d")]
    private static partial Regex DatedPath();

    [GeneratedRegex(@"\d{5,}")]
    private static partial Regex NumericId();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
