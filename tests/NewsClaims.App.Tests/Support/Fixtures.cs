namespace NewsClaims.App.Tests.Support;

/// <summary>Feeds and pages of our own writing for the loopback server.</summary>
public static class Fixtures
{
    public static string Rss(params string[] links) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Fixture Times</title>
        {string.Concat(links.Select((l, i) => $"<item><title>Story {i + 1}</title><link>{System.Security.SecurityElement.Escape(l)}</link><pubDate>Thu, 19 Nov 2026 0{i % 10}:00:00 GMT</pubDate></item>\n"))}
        </channel></rss>
        """;

    public static string Article(string headline, string? canonical = null) => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline}</title>
        {(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">")}</head>
        <body><article><h1>{headline}</h1>
        <p>The regional council voted on Thursday to extend the night bus network by 14 routes from March.</p>
        <p>Officials said the change would cost about 2.3 million a year.</p></article></body></html>
        """;
}
