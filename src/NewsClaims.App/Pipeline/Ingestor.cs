using System.Security.Cryptography;
using System.Text;
using NewsClaims.Core.Urls;
using NewsClaims.Ingestion.Http;
using NewsClaims.Storage.Articles;

namespace NewsClaims.App.Pipeline;

/// <summary>One-off ingestion of URLs, files and manifest entries through the same store and stages as fetched articles.</summary>
public sealed class Ingestor(PipelineServices services)
{
    /// <summary>Files larger than this are refused rather than loaded whole.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Fetches a URL now; a transient failure stays queued for the worker to retry.</summary>
    public async Task<string> IngestUrlAsync(string url, string? outlet, bool allowPrivate, CancellationToken ct)
    {
        var canonical = UrlCanonicalizer.Canonicalize(url) ?? throw new FormatException($"'{url}' is not an http(s) URL");
        var outletId = outlet is null ? (long?)null : services.Outlets.Ensure(outlet);
        var (id, stage) = services.Articles.Enqueue(canonical, outletId, "ingest");
        if (stage != Core.Pipeline.ArticleStage.Discovered)
            return $"{canonical}: already {stage}";
        var options = FetchOptions.Default with { AllowPrivateAddresses = allowPrivate, MaxAttempts = 3 };
        var outcome = await services.ArticleFetch.FetchOneAsync(new QueuedArticle(id, canonical, outletId, outlet, 0), ct, options).ConfigureAwait(false);
        return outcome switch
        {
            FetchStep.Stored => $"{canonical}: stored",
            FetchStep.Duplicate => $"{canonical}: duplicate of an article already stored",
            FetchStep.Retrying => throw new IngestException($"{canonical}: failed for now, queued for retry by the worker"),
            _ => throw new IngestException($"{canonical}: failed for good (see `newsclaims status`)"),
        };
    }

    /// <summary>Stores a local HTML or text file as an article page.</summary>
    public string IngestFile(string path, string? url, string? outlet, string? title, DateTimeOffset? published)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new IngestException($"{path}: file not found");
        if (info.Length > MaxFileBytes)
            throw new IngestException($"{path}: {info.Length} bytes is over the {MaxFileBytes} byte limit");
        var body = File.ReadAllBytes(path);
        var key = url is null ? new Uri(info.FullName).AbsoluteUri : UrlCanonicalizer.Canonicalize(url) ?? url;
        return Save(key, ContentTypes.FromExtension(path) switch { "application/octet-stream" => Sniff(body), var t => t }, body, outlet, title, published, "ingest");
    }

    public string IngestEntry(ManifestEntry entry)
    {
        if (entry.Path is not null)
        {
            var result = IngestFile(entry.Path, entry.Url, entry.Outlet, entry.Title, entry.Published);
            return result;
        }
        var body = Encoding.UTF8.GetBytes(entry.Text!);
        var key = entry.Url is null ? $"urn:sha256:{Convert.ToHexStringLower(SHA256.HashData(body))}" : UrlCanonicalizer.Canonicalize(entry.Url) ?? entry.Url;
        return Save(key, "text/plain; charset=utf-8", body, entry.Outlet, entry.Title, entry.Published, "manifest");
    }

    private string Save(string url, string contentType, byte[] body, string? outlet, string? title, DateTimeOffset? published, string source)
    {
        var outletId = outlet is null ? (long?)null : services.Outlets.Ensure(outlet);
        var page = new StoredPage(url, 200, contentType, services.Time.GetUtcNow(), body);
        var (_, outcome) = services.Articles.SaveIngested(url, outletId, source, title, published, page);
        return outcome == SaveOutcome.AlreadyStored ? $"{url}: already stored, unchanged" : $"{url}: stored";
    }

    private static string Sniff(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 1024));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase)
            ? "text/html" : "text/plain";
    }
}
