namespace NewsClaims.Core.Pipeline;

/// <summary>The stages an article passes through; stored as text in <c>articles.stage</c>.</summary>
public static class ArticleStage
{
    /// <summary>Listed by a feed or given to ingest; waiting to be fetched.</summary>
    public const string Discovered = "discovered";

    /// <summary>Raw page stored; waiting for extraction.</summary>
    public const string Fetched = "fetched";

    /// <summary>Could not be fetched for good (the reason is in <c>last_error</c>).</summary>
    public const string Failed = "failed";

    /// <summary>The same article as another row (same canonical URL); kept so the URL is not fetched again.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Text and metadata extracted; waiting for analysis.</summary>
    public const string Extracted = "extracted";

    /// <summary>Fetched, but the page is not an article (a listing, consent wall, paywall teaser); it yields no claims.</summary>
    public const string NotArticle = "not_article";

    /// <summary>Figures and dates found and stored.</summary>
    public const string Analyzed = "analyzed";

    public static readonly IReadOnlyList<string> All = [Discovered, Fetched, Extracted, Analyzed, NotArticle, Failed, Duplicate];
}
