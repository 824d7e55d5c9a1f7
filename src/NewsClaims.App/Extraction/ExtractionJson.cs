using System.Text.Encodings.Web;
using System.Text.Json;
using NewsClaims.Core.Extraction;
using NewsClaims.Storage.Extractions;

namespace NewsClaims.App.Extraction;

/// <summary>The JSON form of an extracted article that <c>extract</c> prints, and the row the store keeps.</summary>
internal static class ExtractionJson
{
    public static string Write(ExtractedArticle a, bool indented = false, string? path = null) => JsonOutput.Write(w =>
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
            foreach (var (field, source) in Sources(a))
                w.WriteString(field, source);
            w.WriteEndObject();
            w.WriteString("extractor", a.ExtractorVersion);
            w.WriteEndObject();
        }, indented);

    /// <summary>The row the store keeps for an extracted article.</summary>
    public static ExtractionRow ToRow(ExtractedArticle a) => new()
    {
        ExtractorVersion = a.ExtractorVersion,
        IsArticle = a.IsArticle,
        NotArticleReason = a.NotArticleReason,
        Title = a.Title,
        AuthorsJson = JsonSerializer.Serialize(a.Authors, Relaxed),
        Published = a.Published?.Local,
        PublishedUtc = a.Published?.Utc is { } utc ? NewsClaims.Storage.DbTime.Text(utc) : null,
        Modified = a.Modified?.Local,
        Language = a.Language,
        SiteName = a.SiteName,
        CanonicalUrl = a.CanonicalUrl,
        Description = a.Description,
        Text = a.Text,
        ParagraphsJson = JsonSerializer.Serialize(a.Paragraphs.Select(p => new { kind = KindName(p.Kind), text = p.Text }), Relaxed),
        SourcesJson = JsonSerializer.Serialize(Sources(a), Relaxed),
    };

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static SortedDictionary<string, string> Sources(ExtractedArticle a)
    {
        var sources = new SortedDictionary<string, string>(a.Sources.ToDictionary(), StringComparer.Ordinal);
        if (a.Published is { } pub)
            sources["published_text"] = pub.SourceText;
        if (a.Modified is { } mod)
            sources["modified_text"] = mod.SourceText;
        return sources;
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
