namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>The page's language as a BCP 47 tag (<c>en</c>, <c>en-GB</c>), from the markup or metadata.</summary>
public static class LanguageFinder
{
    public static string? Find(PageMetadata page, out string? source)
    {
        source = null;
        if (Normalise(page.Document.DocumentElement.GetAttribute("lang")) is { } lang)
        {
            source = "html-lang";
            return lang;
        }
        if (page.JsonLd.Article is { } a && Normalise(JsonLd.String(a, "inLanguage")) is { } ld)
        {
            source = "json-ld";
            return ld;
        }
        if (page.Meta.First("content-language", "og:locale", "language", "dc.language") is var (value, key) && Normalise(value) is { } meta)
        {
            source = "meta:" + key;
            return meta;
        }
        return null;
    }

    /// <summary>"EN_us" becomes "en-US"; values that are not language tags give null.</summary>
    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var parts = tag.Trim().Split(',')[0].Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
            return null;
        var primary = parts[0].ToLowerInvariant();
        if (parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiLetter))
            return primary + "-" + parts[1].ToUpperInvariant();
        return primary;
    }
}
