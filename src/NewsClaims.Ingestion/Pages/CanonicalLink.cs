using AngleSharp.Html.Parser;
using NewsClaims.Core.Text;
using NewsClaims.Core.Urls;

namespace NewsClaims.Ingestion.Pages;

/// <summary>Finds a page's <c>&lt;link rel=canonical&gt;</c>, canonicalised, so one article under two URLs is stored once.</summary>
public static class CanonicalLink
{
    public static string? Find(byte[] body, string? contentType, Uri pageUrl)
    {
        if (contentType is not null && !contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
            return null;
        var html = CharsetDecoder.Decode(body, contentType).Text;
        var document = new HtmlParser().ParseDocument(html);
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rel.Contains("canonical", StringComparer.OrdinalIgnoreCase))
                return UrlCanonicalizer.Resolve(pageUrl, link.GetAttribute("href"));
        }
        return null;
    }
}
