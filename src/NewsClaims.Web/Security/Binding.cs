using System.Net;

namespace NewsClaims.Web.Security;

/// <summary>Whether the addresses a server listens on are reachable only from this machine.</summary>
public static class Binding
{
    /// <summary>True when every URL's host is a loopback address or <c>localhost</c>; a wildcard (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>)
    /// or any other host is reachable from elsewhere.</summary>
    public static bool IsLoopbackOnly(IEnumerable<string> urls) => urls.All(IsLoopback);

    private static bool IsLoopback(string url)
    {
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/')[0];
        if (host.StartsWith('['))
            host = host[1..host.IndexOf(']', StringComparison.Ordinal)];
        else if (host.Contains(':', StringComparison.Ordinal))
            host = host[..host.LastIndexOf(':')];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
