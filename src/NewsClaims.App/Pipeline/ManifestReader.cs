using System.Globalization;
using System.Text.Json;

namespace NewsClaims.App.Pipeline;

/// <summary>Reads JSON Lines manifests: one object per line with "path" or "text", and "url", "outlet", "published", "title".</summary>
public static class ManifestReader
{
    /// <summary>Each non-blank line as an entry or an error message; a bad line never hides the good ones.</summary>
    public static IEnumerable<(int Line, ManifestEntry? Entry, string? Error)> Read(string manifestPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var number = 0;
        foreach (var line in File.ReadLines(manifestPath))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            ManifestEntry? entry = null;
            string? error = null;
            try
            {
                entry = Parse(line, directory);
            }
            catch (JsonException e)
            {
                error = $"not a JSON object: {e.Message.Split(" Path:")[0]}";
            }
            catch (FormatException e)
            {
                error = e.Message;
            }
            yield return (number, entry, error);
        }
    }

    private static ManifestEntry Parse(string line, string directory)
    {
        using var doc = JsonDocument.Parse(line);
        var o = doc.RootElement;
        if (o.ValueKind != JsonValueKind.Object)
            throw new FormatException("each line must be a JSON object");
        var path = Str(o, "path");
        var text = Str(o, "text");
        if ((path is null) == (text is null))
            throw new FormatException("give exactly one of \"path\" and \"text\"");
        DateTimeOffset? published = null;
        if (Str(o, "published") is { } p)
        {
            if (!DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                throw new FormatException($"published: '{p}' is not an ISO 8601 date");
            published = at;
        }
        var url = Str(o, "url");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            throw new FormatException($"url: '{url}' is not an absolute URL");
        return new ManifestEntry(path is null ? null : Path.GetFullPath(path, directory), text, url, Str(o, "outlet"), published, Str(o, "title"));
    }

    private static string? Str(JsonElement o, string name) =>
        !o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString()
        : throw new FormatException($"{name}: must be a string");
}
