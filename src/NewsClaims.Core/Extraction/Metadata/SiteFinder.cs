using NewsClaims.Core.Extraction.Html;
using NewsClaims.Core.Urls;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>Site name, canonical URL and description, each from the most specific source the page offers.</summary>
public static class SiteFinder
{
    public static string? Find(PageMetadata page, out string? source)
    {
        source = null;
        if (page.Meta.First("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site") is var (value, key) && !value.StartsWith('@'))
        {
            source = "meta:" + key;
            return Whitespace.Collapse(value);
        }
        if (page.JsonLd.Article is { } a && a.TryGetProperty("publisher", out var publisher) && JsonLd.StringOf(page.JsonLd.Resolve(publisher)) is { } name)
        {
            source = "json-ld";
            return Whitespace.Collapse(name);
        }
        return null;
    }

    public static string? Canonical(PageMetadata page, out string? source)
    {
        source = null;
        foreach (var link in page.Document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rel.Contains("canonical", StringComparer.OrdinalIgnoreCase) && UrlCanonicalizer.Resolve(page.Url, link.GetAttribute("href")) is { } url)
            {
                source = "link";
                return url;
            }
        }
        if (page.Meta.First("og:url") is var (og, _) && UrlCanonicalizer.Resolve(page.Url, og) is { } ogUrl)
        {
            source = "meta:og:url";
            return ogUrl;
        }
        return null;
    }

    public static string? Description(PageMetadata page, out string? source)
    {
        source = null;
        if (page.Meta.First("description", "og:description", "twitter:description", "dc.description") is var (value, key))
        {
            source = "meta:" + key;
            return Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(value));
        }
        if (page.JsonLd.Article is { } a && JsonLd.String(a, "description") is { } d)
        {
            source = "json-ld";
            return Whitespace.Collapse(d);
        }
        return null;
    }
}
