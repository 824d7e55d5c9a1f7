using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsClaims.Storage.Articles;

/// <summary>The one way an article row comes to exist: at most once per canonical URL.</summary>
internal static class ArticleRows
{
    /// <summary>Finds the article known under <paramref name="url"/> (as its URL or its rel=canonical), or creates it.</summary>
    public static (long? Id, bool Created) InsertDiscovered(SqliteConnection c, SqliteTransaction t, string url, long? outletId,
        string source, string? title, DateTimeOffset? published, string at, string stage)
    {
        var existing = c.ExecuteScalar<long?>(
            "SELECT id FROM articles WHERE url = @url UNION ALL SELECT id FROM articles WHERE canonical_url = @url LIMIT 1;",
            new { url }, t);
        if (existing is not null)
            return (existing, false);
        var id = c.ExecuteScalar<long>("""
            INSERT INTO articles (url, outlet_id, source, hint_title, hint_published, stage, discovered_at, updated_at)
            VALUES (@url, @outletId, @source, @title, @published, @stage, @at, @at)
            RETURNING id;
            """, new { url, outletId, source, title, published = DbTime.Text(published), stage, at }, t);
        return (id, true);
    }
}
