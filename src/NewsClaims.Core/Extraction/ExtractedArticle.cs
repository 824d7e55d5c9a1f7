namespace NewsClaims.Core.Extraction;

/// <summary>What extraction read from one page: the article's text as structured paragraphs and its metadata.</summary>
/// <remarks>
/// <see cref="Sources"/> names where each metadata value came from (for example <c>"published": "json-ld"</c>), so a
/// reader can judge a value and we can see which source wins on real pages. A page that is not an article (a
/// listing, a consent wall, a paywall) has <see cref="IsArticle"/> false, a reason, and no paragraphs.
/// </remarks>
public sealed record ExtractedArticle
{
    public required string Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public PageDate? Published { get; init; }
    public PageDate? Modified { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
    public bool IsArticle { get; init; } = true;
    /// <summary>Why the page is not an article (listing, consent-wall, paywall, empty, too-large), or null.</summary>
    public string? NotArticleReason { get; init; }
    public string ExtractorVersion { get; init; } = ArticleExtractor.Version;

    /// <summary>The body as plain text, paragraphs separated by a blank line.</summary>
    public string Text => string.Join("\n\n", Paragraphs.Select(p => p.Text));
}

/// <summary>One block of the article body, with what kind of block it was on the page.</summary>
public sealed record Paragraph(ParagraphKind Kind, string Text);

/// <summary>The structure a paragraph had on the page; later stages use it (a heading is not a sentence).</summary>
public enum ParagraphKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    TableRow,
    Preformatted,
}

/// <summary>A date the page states, with the offset it gave (null when it gave none) and the text it came from.</summary>
/// <param name="Local">ISO 8601 as the page meant it: <c>2026-11-18T09:30:00+01:00</c>, or <c>2026-11-18</c> when only a day is known.</param>
/// <param name="Utc">The instant in UTC when the page gave a time and an offset (or a time in UTC); null otherwise.</param>
/// <param name="Source">Where it came from: json-ld, meta:article:published_time, time-element, dateline, url …</param>
/// <param name="SourceText">The raw text the value was read from.</param>
public sealed record PageDate(string Local, DateTimeOffset? Utc, string Source, string SourceText)
{
    /// <summary>The calendar date the page's readers saw (yyyy-MM-dd).</summary>
    public string Date => Local.Length >= 10 ? Local[..10] : Local;
}
