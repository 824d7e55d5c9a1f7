using System.Text.Json;
using AngleSharp.Dom;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>The schema.org objects in a page's JSON-LD blocks, and the one that describes the article.</summary>
public sealed class JsonLd
{
    private static readonly string[] ArticleTypes =
    [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "LiveBlogPosting", "Article", "BlogPosting", "TechArticle", "ScholarlyArticle", "Report",
        "SatiricalArticle", "SocialMediaPosting", "MedicalWebPage", "Recipe", "HowTo", "Review",
    ];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private JsonLd(List<JsonElement> objects, JsonElement? article, JsonElement? page)
    {
        Objects = objects;
        Article = article;
        Page = page;
    }

    public IReadOnlyList<JsonElement> Objects { get; }

    /// <summary>The object whose @type is an article type (news article first), if any.</summary>
    public JsonElement? Article { get; }

    /// <summary>The WebPage object, a fallback for dates and names when there is no article object.</summary>
    public JsonElement? Page { get; }

    public IEnumerable<string> Types => Objects.SelectMany(TypesOf);

    public static JsonLd Read(IDocument document)
    {
        var objects = new List<JsonElement>();
        foreach (var json in Blocks(document))
        {
            JsonDocument parsed;
            try
            {
                parsed = JsonDocument.Parse(json, Options);
            }
            catch (JsonException)
            {
                // Raw control characters inside strings are the usual fault of hand-built JSON-LD; replace and retry once.
                try
                {
                    parsed = JsonDocument.Parse(ReplaceControlChars(json), Options);
                }
                catch (JsonException)
                {
                    continue;
                }
            }
            Flatten(parsed.RootElement, objects, 0);
        }

        JsonElement? article = null;
        var bestRank = int.MaxValue;
        JsonElement? page = null;
        foreach (var o in objects)
        {
            foreach (var type in TypesOf(o))
            {
                var rank = Array.IndexOf(ArticleTypes, type);
                if (rank >= 0 && rank < bestRank)
                {
                    bestRank = rank;
                    article = o;
                }
                if (page is null && type.EndsWith("WebPage", StringComparison.Ordinal))
                    page = o;
            }
        }
        return new JsonLd(objects, article, page);
    }

    /// <summary>
    /// The JSON-LD blocks of a page: its ld+json scripts, and the copies some site builders keep in a
    /// <c>&lt;meta name="script:ld+json" content="{…}"&gt;</c> instead.
    /// </summary>
    private static IEnumerable<string> Blocks(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                continue;
            var json = script.TextContent.Trim();
            if (json.StartsWith("<!--", StringComparison.Ordinal))
                json = json[4..].TrimEnd('>', '-', ' ', '\n', '\r', '\t');
            yield return json;
        }
        foreach (var meta in document.QuerySelectorAll("meta[name='script:ld+json' i][content]"))
            yield return meta.GetAttribute("content")!.Trim();
    }

    public static IEnumerable<string> TypesOf(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var t))
            yield break;
        if (t.ValueKind == JsonValueKind.String)
            yield return Bare(t.GetString()!);
        else if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String)
                    yield return Bare(x.GetString()!);
    }

    private static string Bare(string type)
    {
        var slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    /// <summary>
    /// The object a bare reference (<c>{"@id": "…/#/schema/person/1"}</c>, as Yoast and other graph builders write
    /// authors) points to elsewhere in the page's JSON-LD; the value itself otherwise.
    /// </summary>
    public JsonElement Resolve(JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.Object || v.TryGetProperty("name", out _) || !v.TryGetProperty("@id", out var id) || id.ValueKind != JsonValueKind.String)
            return v;
        var target = id.GetString();
        foreach (var o in Objects)
            if (o.TryGetProperty("@id", out var oid) && oid.ValueKind == JsonValueKind.String && oid.GetString() == target && o.TryGetProperty("name", out _))
                return o;
        return v;
    }

    /// <summary>A string property, or the first string of an array property, or an object's "name"/"@value".</summary>
    public static string? String(JsonElement o, string property)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(property, out var v))
            return null;
        return StringOf(v);
    }

    public static string? StringOf(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
        JsonValueKind.Array => v.EnumerateArray().Select(StringOf).FirstOrDefault(s => s is not null),
        JsonValueKind.Object => String(v, "name") ?? String(v, "@value"),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    };

    private static void Flatten(JsonElement e, List<JsonElement> into, int depth)
    {
        if (depth > 6)
            return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
                Flatten(x, into, depth + 1);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object)
            return;
        into.Add(e);
        if (e.TryGetProperty("@graph", out var graph))
            Flatten(graph, into, depth + 1);
        if (e.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object)
            Flatten(main, into, depth + 1);
    }

    private static string ReplaceControlChars(string json)
    {
        var chars = json.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] < ' ')
                chars[i] = ' ';
        return new string(chars);
    }
}
