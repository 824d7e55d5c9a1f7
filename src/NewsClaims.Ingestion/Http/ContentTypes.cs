namespace NewsClaims.Ingestion.Http;

/// <summary>Content types for local files, by extension.</summary>
public static class ContentTypes
{
    public static string FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".xml" or ".rss" or ".atom" or ".rdf" => "application/xml",
        ".json" => "application/json",
        ".txt" => "text/plain",
        _ => "application/octet-stream",
    };
}
