namespace NewsClaims.Ingestion.Http;

/// <summary>Serves file: URLs for bundled samples and local mirrors, confined to the outlet's file root.</summary>
internal static class LocalFile
{
    public static async Task<FetchResult> ReadAsync(Uri uri, FetchOptions options, TimeProvider time, CancellationToken ct)
    {
        var url = uri.AbsoluteUri;
        if (options.FileRoot is null)
            return Fetcher.Fail(url, FetchOutcome.Refused, "file: URLs are only allowed for outlets configured from a local feeds file");
        var path = Path.GetFullPath(uri.LocalPath);
        var root = Path.GetFullPath(options.FileRoot);
        if (!root.EndsWith(Path.DirectorySeparatorChar))
            root += Path.DirectorySeparatorChar;
        if (!path.StartsWith(root, StringComparison.Ordinal))
            return Fetcher.Fail(url, FetchOutcome.Refused, $"{path} is outside the outlet's folder {root}");
        var at = time.GetUtcNow();
        var info = new FileInfo(path);
        if (!info.Exists)
            return Fetcher.Fail(url, FetchOutcome.Permanent, "file not found", 404) with { FetchedAt = at };
        if (info.Length > options.MaxBodyBytes)
            return Fetcher.Fail(url, FetchOutcome.Permanent, $"file of {info.Length} bytes exceeds the limit of {options.MaxBodyBytes}") with { FetchedAt = at };
        var body = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        var attempt = new FetchAttempt(url, at, 200, FetchOutcome.Ok, null, TimeSpan.Zero);
        return new FetchResult
        {
            Outcome = FetchOutcome.Ok, RequestedUrl = url, FinalUrl = url, Status = 200, Body = body, FetchedAt = at,
            ContentType = ContentTypes.FromExtension(path), Attempts = [attempt],
            LastModified = info.LastWriteTimeUtc.ToString("R"),
        };
    }
}
