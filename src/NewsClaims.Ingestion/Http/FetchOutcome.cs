namespace NewsClaims.Ingestion.Http;

/// <summary>How a fetch ended; the store keeps it per attempt.</summary>
public enum FetchOutcome
{
    /// <summary>2xx with a body.</summary>
    Ok,

    /// <summary>304 to a conditional request.</summary>
    NotModified,

    /// <summary>Timeouts, connection errors, 408/429/5xx after every try: worth trying again later.</summary>
    Transient,

    /// <summary>4xx, too large, too many redirects, a redirect loop, a bad URL: trying again will not help.</summary>
    Permanent,

    /// <summary>Not attempted by policy: robots.txt, or a private address the outlet may not reach.</summary>
    Refused,
}
