namespace NewsClaims.App.Pipeline;

/// <summary>One line of an ingest manifest: a page from a file or inline text, with what is known about it.</summary>
public sealed record ManifestEntry(string? Path, string? Text, string? Url, string? Outlet, DateTimeOffset? Published, string? Title);
