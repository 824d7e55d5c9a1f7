namespace NewsClaims.Storage.Extractions;

/// <summary>One row of <c>extractions</c>: what extraction read from an article's page. JSON columns are passed as text.</summary>
public sealed record ExtractionRow
{
    public required string ExtractorVersion { get; init; }
    public required bool IsArticle { get; init; }
    public string? NotArticleReason { get; init; }
    public string? Title { get; init; }
    public required string AuthorsJson { get; init; }
    public string? Published { get; init; }
    public string? PublishedUtc { get; init; }
    public string? Modified { get; init; }
    public string? Language { get; init; }
    public string? SiteName { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Description { get; init; }
    public required string Text { get; init; }
    public required string ParagraphsJson { get; init; }
    public required string SourcesJson { get; init; }
}
