using System.Text;

namespace NewsClaims.Core.Urls;

/// <summary>One spelling per article URL, so the same page reached through different links is stored once.</summary>
/// <remarks>
/// Lower-cases scheme and host (IDN hosts become punycode), drops the default port, the fragment, the userinfo
/// and tracking parameters, sorts the remaining parameters (stably, so repeated keys keep their order), gives
/// an empty path its slash, and resolves dot segments. It never changes the path's case or strips "www.":
/// servers may treat those as different pages. Applying it twice gives the same string as applying it once.
/// </remarks>
public static class UrlCanonicalizer
{
    /// <summary>The canonical form of an absolute http(s) or file URL, or null when the text is not one.</summary>
    public static string? Canonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
            return null;
        // On Unix "/a/b" parses as an implicit file URL; only an explicit file: URL is one.
        if (uri.IsFile && !trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return null;
        return Canonicalize(uri);
    }

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUrl"/> and canonicalises the result.</summary>
    public static string? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        var trimmed = href.Trim();
        if (trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith('#'))
            return null;
        return Uri.TryCreate(baseUrl, trimmed, out var uri) ? Canonicalize(uri) : null;
    }

    public static string? Canonicalize(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
            return null;
        var sb = new StringBuilder(uri.AbsoluteUri.Length);
        if (uri.Scheme == Uri.UriSchemeFile)
        {
            sb.Append("file://").Append(uri.AbsolutePath);
            AppendQuery(sb, uri.Query);
            return sb.ToString();
        }
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return null;
        if (string.IsNullOrEmpty(uri.Host))
            return null;

        sb.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant().TrimEnd('.'));
        if (!uri.IsDefaultPort)
            sb.Append(':').Append(uri.Port);
        var path = uri.AbsolutePath;
        sb.Append(path.Length == 0 ? "/" : path);
        AppendQuery(sb, uri.Query);
        return sb.ToString();
    }

    /// <summary>The host of a URL, lower-cased, or an empty string for file URLs and non-URLs.</summary>
    public static string HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme != Uri.UriSchemeFile
            ? uri.IdnHost.ToLowerInvariant()
            : "";

    private static void AppendQuery(StringBuilder sb, string query)
    {
        if (query.Length <= 1)
            return;
        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !TrackingParameters.IsTracking(Uri.UnescapeDataString(pair.Split('=')[0].Replace('+', ' '))))
            .Select((pair, index) => (pair, index))
            .OrderBy(p => p.pair.Split('=')[0], StringComparer.Ordinal)
            .ThenBy(p => p.index)
            .Select(p => p.pair)
            .ToList();
        if (kept.Count > 0)
            sb.Append('?').AppendJoin('&', kept);
    }
}
