using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsClaims.Storage.Outlets;

/// <summary>Writes fetch_attempts rows inside the caller's transaction.</summary>
internal static class AttemptLog
{
    public static void Insert(SqliteConnection c, SqliteTransaction t, IEnumerable<AttemptRecord> attempts, long? articleId, long? feedId)
    {
        foreach (var a in attempts)
        {
            c.Execute("""
                INSERT INTO fetch_attempts (article_id, feed_id, url, attempted_at, status, outcome, error, duration_ms)
                VALUES (@articleId, @feedId, @Url, @at, @Status, @Outcome, @Error, @ms);
                """, new { articleId, feedId, a.Url, at = DbTime.Text(a.At), a.Status, a.Outcome, a.Error, ms = (long)a.Duration.TotalMilliseconds }, t);
        }
    }
}
