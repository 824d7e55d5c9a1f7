using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsClaims.Core.Pipeline;
using NewsClaims.Storage.Outlets;

namespace NewsClaims.Storage.Articles;

/// <summary>The fetch queue and the raw pages: every write is one transaction, so a crash never half-stores an article.</summary>
public sealed class ArticleStore(Database database, TimeProvider time)
{
    public IReadOnlyList<QueuedArticle> DueForFetch(int limit, IReadOnlyCollection<long>? exclude = null)
    {
        using var c = database.Connect();
        var now = DbTime.Text(time.GetUtcNow());
        var rows = c.Query<QueuedArticle>("""
            SELECT a.id, a.url, a.outlet_id, o.name AS outlet_name, a.attempts
            FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
            WHERE a.stage = 'discovered' AND (a.next_attempt_at IS NULL OR a.next_attempt_at <= @now)
            ORDER BY a.next_attempt_at IS NOT NULL, a.next_attempt_at, a.id
            LIMIT @limit;
            """, new { now, limit = limit + (exclude?.Count ?? 0) });
        return rows.Where(r => exclude is null || !exclude.Contains(r.Id)).Take(limit).ToList();
    }

    /// <summary>Queues a URL for fetching unless it is already stored; a failed one is queued again, since a person asked.</summary>
    /// <returns>The article id and its stage after the call.</returns>
    public (long Id, string Stage) Enqueue(string url, long? outletId, string source) => database.InTransaction((c, t) =>
    {
        var now = DbTime.Text(time.GetUtcNow());
        var (id, _) = ArticleRows.InsertDiscovered(c, t, url, outletId, source, null, null, now, ArticleStage.Discovered);
        c.Execute("UPDATE articles SET stage = @discovered, next_attempt_at = NULL, attempts = 0, updated_at = @now WHERE id = @id AND stage = @failed;",
            new { id, now, discovered = ArticleStage.Discovered, failed = ArticleStage.Failed }, t);
        var stage = c.ExecuteScalar<string>("SELECT stage FROM articles WHERE id = @id;", new { id }, t)!;
        return (id!.Value, stage);
    });

    /// <summary>Keeps the fetched page, or marks the article a duplicate when its rel=canonical is an article we have.</summary>
    public SaveOutcome SaveFetched(long articleId, StoredPage page, string? canonicalUrl, IReadOnlyList<AttemptRecord> attempts) =>
        database.InTransaction((c, t) =>
        {
            AttemptLog.Insert(c, t, attempts, articleId, feedId: null);
            var url = c.ExecuteScalar<string>("SELECT url FROM articles WHERE id = @articleId;", new { articleId }, t);
            var key = canonicalUrl ?? url;
            var original = c.ExecuteScalar<long?>("""
                SELECT id FROM articles
                WHERE id <> @articleId AND stage NOT IN ('discovered', 'failed', 'duplicate') AND (url = @key OR canonical_url = @key)
                ORDER BY id LIMIT 1;
                """, new { articleId, key }, t);
            var now = DbTime.Text(time.GetUtcNow());
            if (original is not null)
            {
                c.Execute("""
                    UPDATE articles SET stage = 'duplicate', duplicate_of = @original, canonical_url = @canonicalUrl,
                        attempts = attempts + 1, next_attempt_at = NULL, last_error = NULL, updated_at = @now
                    WHERE id = @articleId;
                    """, new { articleId, original, canonicalUrl, now }, t);
                return SaveOutcome.Duplicate;
            }
            WritePage(c, t, articleId, page);
            c.Execute("""
                UPDATE articles SET stage = @stage, canonical_url = @canonicalUrl, attempts = attempts + 1,
                    next_attempt_at = NULL, last_error = NULL, updated_at = @now
                WHERE id = @articleId;
                """, new { articleId, canonicalUrl, now, stage = ArticleStage.Fetched }, t);
            return SaveOutcome.Stored;
        });

    /// <summary>Records a failed fetch: for good when <paramref name="retryAt"/> is null, otherwise back in the queue until then.</summary>
    public void RecordFailure(long articleId, string error, DateTimeOffset? retryAt, IReadOnlyList<AttemptRecord> attempts) =>
        database.InTransaction((c, t) =>
        {
            AttemptLog.Insert(c, t, attempts, articleId, feedId: null);
            c.Execute("""
                UPDATE articles SET stage = @stage, last_error = @error, attempts = attempts + 1,
                    next_attempt_at = @next, updated_at = @now
                WHERE id = @articleId;
                """, new
            {
                articleId, error, now = DbTime.Text(time.GetUtcNow()), next = DbTime.Text(retryAt),
                stage = retryAt is null ? ArticleStage.Failed : ArticleStage.Discovered,
            }, t);
        });

    /// <summary>Marks an article a later stage could not process at all; what it was read from is kept, so reprocess can try again.</summary>
    public void MarkFailed(long articleId, string error) => database.InTransaction((c, t) =>
        c.Execute("UPDATE articles SET stage = @stage, last_error = @error, updated_at = @now WHERE id = @articleId;",
            new { articleId, error, stage = ArticleStage.Failed, now = DbTime.Text(time.GetUtcNow()) }, t));

    /// <summary>Stores a page given directly (ingest, manifest): creates the article if needed and keeps the page.</summary>
    public (long Id, SaveOutcome Outcome) SaveIngested(string url, long? outletId, string source, string? title,
        DateTimeOffset? published, StoredPage page) => database.InTransaction((c, t) =>
    {
        var now = DbTime.Text(time.GetUtcNow());
        var (id, _) = ArticleRows.InsertDiscovered(c, t, url, outletId, source, title, published, now, ArticleStage.Discovered);
        var articleId = id!.Value;
        var sha = Convert.ToHexStringLower(SHA256.HashData(page.Body));
        var same = c.ExecuteScalar<long>("SELECT COUNT(*) FROM raw_pages WHERE article_id = @articleId AND sha256 = @sha;", new { articleId, sha }, t);
        if (same > 0)
            return (articleId, SaveOutcome.AlreadyStored);
        WritePage(c, t, articleId, page);
        c.Execute("""
            UPDATE articles SET stage = @stage, hint_title = COALESCE(@title, hint_title),
                hint_published = COALESCE(@published, hint_published), next_attempt_at = NULL, last_error = NULL, updated_at = @now
            WHERE id = @articleId;
            """, new { articleId, title, published = DbTime.Text(published), now, stage = ArticleStage.Fetched }, t);
        return (articleId, SaveOutcome.Stored);
    });

    /// <summary>The raw page of an article, decompressed, or null when none is kept.</summary>
    public StoredPage? LoadPage(long articleId)
    {
        using var c = database.Connect();
        var row = c.QuerySingleOrDefault<(string FinalUrl, int Status, string? ContentType, string FetchedAt, string Compression, byte[] Body)>(
            "SELECT final_url, status, content_type, fetched_at, compression, body FROM raw_pages WHERE article_id = @articleId;",
            new { articleId });
        if (row.FinalUrl is null)
            return null;
        return new StoredPage(row.FinalUrl, row.Status, row.ContentType, DbTime.Parse(row.FetchedAt) ?? default,
            PageCompression.Decompress(row.Body, row.Compression));
    }

    private static void WritePage(SqliteConnection c, SqliteTransaction t, long articleId, StoredPage page)
    {
        c.Execute("""
            INSERT OR REPLACE INTO raw_pages (article_id, final_url, status, content_type, fetched_at, compression, size, sha256, body)
            VALUES (@articleId, @FinalUrl, @Status, @ContentType, @at, @compression, @size, @sha, @body);
            """, new
        {
            articleId, page.FinalUrl, page.Status, page.ContentType, at = DbTime.Text(page.FetchedAt),
            compression = PageCompression.Brotli, size = page.Body.Length,
            sha = Convert.ToHexStringLower(SHA256.HashData(page.Body)), body = PageCompression.Compress(page.Body),
        }, t);
    }
}
