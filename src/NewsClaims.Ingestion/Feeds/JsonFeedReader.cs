using System.Text.Json;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>JSON Feed 1.0 and 1.1.</summary>
internal static class JsonFeedReader
{
    public static FeedDocument Read(string text, Uri feedUrl)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FeedFormatException($"not valid JSON: {e.Message}", e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String ||
                !version.GetString()!.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
                throw new FeedFormatException("JSON without a JSON Feed \"version\"");
            var items = new ItemList(feedUrl);
            if (root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                        continue;
                    var link = String(item, "url") ?? String(item, "external_url") ?? UrlLikeId(item);
                    items.Add(link, String(item, "title"), FeedDates.Parse(String(item, "date_published") ?? String(item, "date_modified")));
                }
            }
            return FeedDocument.Of(FeedFormat.JsonFeed, String(root, "title"), items.Items);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? UrlLikeId(JsonElement item)
    {
        var id = String(item, "id");
        return id is not null && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? id : null;
    }
}
