using System.Text.Encodings.Web;
using System.Text.Json;
using NewsClaims.Core.Extraction;

namespace NewsClaims.App.Extraction;

/// <summary>The JSON form of an extracted article that <c>extract</c> prints and the store keeps.</summary>
internal static class ExtractionJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Write(ExtractedArticle a, bool indented = false, string? path = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            w.WriteStartObject();
            if (path is not null)
                w.WriteString("path", path);
            w.WriteString("url", a.Url);
            w.WriteString("canonical_url", a.CanonicalUrl);
            w.WriteString("title", a.Title);
            w.WriteStartArray("authors");
            foreach (var author in a.Authors)
                w.WriteStringValue(author);
            w.WriteEndArray();
            w.WriteString("published", a.Published?.Local);
            w.WriteString("published_utc", a.Published?.Utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("modified", a.Modified?.Local);
            w.WriteString("language", a.Language);
            w.WriteString("site_name", a.SiteName);
            w.WriteString("description", a.Description);
            w.WriteBoolean("is_article", a.IsArticle);
            if (a.NotArticleReason is not null)
                w.WriteString("not_article_reason", a.NotArticleReason);
            w.WriteString("text", a.Text);
            w.WriteStartArray("paragraphs");
            foreach (var p in a.Paragraphs)
            {
                w.WriteStartObject();
                w.WriteString("kind", KindName(p.Kind));
                w.WriteString("text", p.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("sources");
            foreach (var (field, source) in a.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
                w.WriteString(field, source);
            if (a.Published is { } pub)
                w.WriteString("published_text", pub.SourceText);
            if (a.Modified is { } mod)
                w.WriteString("modified_text", mod.SourceText);
            w.WriteEndObject();
            w.WriteString("extractor", a.ExtractorVersion);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string KindName(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Paragraph => "paragraph",
        ParagraphKind.Heading => "heading",
        ParagraphKind.ListItem => "list-item",
        ParagraphKind.Quote => "quote",
        ParagraphKind.TableRow => "table-row",
        ParagraphKind.Preformatted => "preformatted",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
