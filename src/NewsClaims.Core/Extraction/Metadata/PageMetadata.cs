using AngleSharp.Dom;

namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>Everything metadata finders read from one page, parsed once and shared.</summary>
public sealed class PageMetadata(IDocument document, Uri url, JsonLd jsonLd, MetaTags meta, DateTimeOffset? now)
{
    public IDocument Document { get; } = document;
    public Uri Url { get; } = url;
    public JsonLd JsonLd { get; } = jsonLd;
    public MetaTags Meta { get; } = meta;

    /// <summary>Dates later than this plus a small skew are rejected as impossible; null disables the check.</summary>
    public DateTimeOffset? Now { get; } = now;

    /// <summary>The body's elements in document order (before pruning), walked once and shared by the finders.</summary>
    public IReadOnlyList<AngleSharp.Dom.IElement> BodyElements => _bodyElements ??= Document.Body is { } body ? Html.Dom.Elements(body) : [];

    private List<AngleSharp.Dom.IElement>? _bodyElements;

    /// <summary>The headline as the title finder settled it; set before the byline and dateline are looked for.</summary>
    public string? Title { get; set; }

    /// <summary>Index in <see cref="BodyElements"/> of the headline (see <see cref="HeadlineLocator"/>), -1 when there is none.</summary>
    public int Headline => _headline ??= HeadlineLocator.Find(this);

    private int? _headline;

    /// <summary>Read numeric dates day-first (04/09 = 4 September) unless the page says it is US English.</summary>
    public bool DayFirst { get; set; }

    public static PageMetadata Read(IDocument document, Uri url, DateTimeOffset? now) =>
        new(document, url, JsonLd.Read(document), new MetaTags(document), now);
}
