using Dapper;
using NewsClaims.Core.Pipeline;

namespace NewsClaims.Storage.Extractions;

/// <summary>The extraction stage's queue and results: which kept pages wait for extraction, and what it found.</summary>
public sealed class ExtractionStore(Database database, TimeProvider time)
{
    // Stages whose article has a kept page that extraction may (re)read; a failed one is retried when its page is kept.
    private static readonly string[] ReExtractable =
        [ArticleStage.Fetched, ArticleStage.Extracted, ArticleStage.NotArticle, ArticleStage.Analyzed, ArticleStage.Failed];

    /// <summary>An article whose raw page is kept, ready to be extracted.</summary>
    public sealed record Pending(long Id, string Url);

    /// <summary>Fetched articles that have not been extracted yet, oldest first.</summary>
    public IReadOnlyList<Pending> DueForExtraction(int limit)
    {
        using var c = database.Connect();
        return c.Query<Pending>("""
            SELECT a.id AS Id, a.url AS Url FROM articles a JOIN raw_pages p ON p.article_id = a.id
            WHERE a.stage = @stage ORDER BY a.id LIMIT @limit;
            """, new { stage = ArticleStage.Fetched, limit }).ToList();
    }

    /// <summary>Articles with a kept page after <paramref name="afterId"/>, for reprocessing; with <paramref name="olderThan"/>, only
    /// those not yet extracted by that extractor version.</summary>
    public IReadOnlyList<Pending> KeptPages(long afterId, int limit, string? olderThan = null)
    {
        using var c = database.Connect();
        return c.Query<Pending>("""
            SELECT a.id AS Id, a.url AS Url FROM articles a JOIN raw_pages p ON p.article_id = a.id
            LEFT JOIN extractions e ON e.article_id = a.id
            WHERE a.id > @afterId AND a.stage IN @stages
              AND (@olderThan IS NULL OR e.extractor_version IS NULL OR e.extractor_version <> @olderThan)
            ORDER BY a.id LIMIT @limit;
            """, new
        {
            afterId, limit, olderThan, stages = ReExtractable,
        }).ToList();
    }

    /// <summary>Stores the result and moves the article on (to extracted, or not_article), in one transaction.</summary>
    public void Save(long articleId, ExtractionRow row) => database.InTransaction((c, t) =>
    {
        var now = DbTime.Text(time.GetUtcNow());
        c.Execute("""
            INSERT OR REPLACE INTO extractions (article_id, extractor_version, extracted_at, is_article, not_article_reason, title,
                authors, published, published_utc, modified, language, site_name, canonical_url, description, text, paragraphs, sources)
            VALUES (@articleId, @ExtractorVersion, @now, @IsArticle, @NotArticleReason, @Title, @AuthorsJson, @Published,
                @PublishedUtc, @Modified, @Language, @SiteName, @CanonicalUrl, @Description, @Text, @ParagraphsJson, @SourcesJson);
            """, new
        {
            articleId, now, row.ExtractorVersion, row.IsArticle, row.NotArticleReason, row.Title, row.AuthorsJson, row.Published,
            row.PublishedUtc, row.Modified, row.Language, row.SiteName, row.CanonicalUrl, row.Description, row.Text,
            row.ParagraphsJson, row.SourcesJson,
        }, t);
        // The old analysis read the old text; its figures and dates go with it (ON DELETE CASCADE).
        c.Execute("DELETE FROM analyses WHERE article_id = @articleId;", new { articleId }, t);
        // Only rows past fetching move; a duplicate stays a duplicate.
        c.Execute("""
            UPDATE articles SET stage = @stage, last_error = NULL, updated_at = @now
            WHERE id = @articleId AND stage IN @stages;
            """, new
        {
            articleId, now, stage = row.IsArticle ? ArticleStage.Extracted : ArticleStage.NotArticle, stages = ReExtractable,
        }, t);
        return 0;
    });

    public ExtractionRow? Load(long articleId)
    {
        using var c = database.Connect();
        return c.QuerySingleOrDefault<ExtractionRow>("""
            SELECT extractor_version AS ExtractorVersion, is_article AS IsArticle, not_article_reason AS NotArticleReason,
                   title AS Title, authors AS AuthorsJson, published AS Published, published_utc AS PublishedUtc,
                   modified AS Modified, language AS Language, site_name AS SiteName, canonical_url AS CanonicalUrl,
                   description AS Description, text AS Text, paragraphs AS ParagraphsJson, sources AS SourcesJson
            FROM extractions WHERE article_id = @articleId;
            """, new { articleId });
    }
}
