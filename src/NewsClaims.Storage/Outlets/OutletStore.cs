using Dapper;
using Microsoft.Data.Sqlite;
using NewsClaims.Core.Pipeline;
using NewsClaims.Storage.Articles;

namespace NewsClaims.Storage.Outlets;

/// <summary>Outlets and their feeds: syncing from feeds.json, and recording each poll with the articles it found.</summary>
public sealed class OutletStore(Database database, TimeProvider time)
{
    /// <summary>Makes the stored outlets match the configuration; returns outlet ids by name.</summary>
    /// <remarks>Outlets and feeds that left the configuration are disabled, not deleted: their articles stay.</remarks>
    public IReadOnlyDictionary<string, long> Sync(IReadOnlyList<OutletSpec> outlets) => database.InTransaction((c, t) =>
    {
        var now = DbTime.Text(time.GetUtcNow());
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        c.Execute("UPDATE outlets SET enabled = 0; UPDATE feeds SET active = 0;", transaction: t);
        foreach (var outlet in outlets)
        {
            var id = c.ExecuteScalar<long>("""
                INSERT INTO outlets (name, homepage, enabled, created_at) VALUES (@Name, @Homepage, @Enabled, @now)
                ON CONFLICT (name) DO UPDATE SET homepage = excluded.homepage, enabled = excluded.enabled
                RETURNING id;
                """, new { outlet.Name, outlet.Homepage, outlet.Enabled, now }, t);
            ids[outlet.Name] = id;
            foreach (var url in outlet.FeedUrls)
            {
                c.Execute("""
                    INSERT INTO feeds (outlet_id, url, active) VALUES (@id, @url, 1)
                    ON CONFLICT (outlet_id, url) DO UPDATE SET active = 1;
                    """, new { id, url }, t);
            }
        }
        return ids;
    });

    /// <summary>The outlet with this name, created (without feeds) when it is new: for ingest and manifests.</summary>
    public long Ensure(string name) => database.InTransaction((c, t) => c.ExecuteScalar<long>("""
        INSERT INTO outlets (name, enabled, created_at) VALUES (@name, 0, @now)
        ON CONFLICT (name) DO UPDATE SET name = excluded.name
        RETURNING id;
        """, new { name, now = DbTime.Text(time.GetUtcNow()) }, t));

    public IReadOnlyList<FeedRow> ActiveFeeds(long outletId)
    {
        using var c = database.Connect();
        return c.Query<FeedRow>("""
            SELECT id, outlet_id, url, etag, last_modified, consecutive_failures
            FROM feeds WHERE outlet_id = @outletId AND active = 1 ORDER BY id;
            """, new { outletId }).ToList();
    }

    /// <summary>Stores a feed poll: validators, status, attempts, and every new article, all or nothing.</summary>
    /// <returns>How many of the items were new articles.</returns>
    public int RecordPoll(long outletId, FeedPollRecord poll) => database.InTransaction((c, t) =>
    {
        var at = DbTime.Text(poll.PolledAt);
        c.Execute("""
            UPDATE feeds SET last_polled_at = @at, last_status = @Status, last_error = @Error,
                format = COALESCE(@Format, format),
                etag = CASE WHEN @Error IS NULL AND @Etag IS NOT NULL THEN @Etag ELSE etag END,
                last_modified = CASE WHEN @Error IS NULL AND @LastModified IS NOT NULL THEN @LastModified ELSE last_modified END,
                consecutive_failures = CASE WHEN @Error IS NULL THEN 0 ELSE consecutive_failures + 1 END
            WHERE id = @FeedId;
            """, new { at, poll.Status, poll.Error, poll.Format, poll.Etag, poll.LastModified, poll.FeedId }, t);
        AttemptLog.Insert(c, t, poll.Attempts, articleId: null, feedId: poll.FeedId);
        var added = 0;
        foreach (var item in poll.Items)
        {
            var id = ArticleRows.InsertDiscovered(c, t, item.Url, outletId, "feed", item.Title, item.Published, at, ArticleStage.Discovered);
            if (id.Created)
                added++;
            if (id.Id is { } articleId)
            {
                c.Execute("INSERT OR IGNORE INTO article_feeds (article_id, feed_id, first_seen_at) VALUES (@articleId, @FeedId, @at);",
                    new { articleId, poll.FeedId, at }, t);
            }
        }
        return added;
    });

    public void RecordOutletPolled(long outletId, DateTimeOffset at, DateTimeOffset? next)
    {
        using var c = database.Connect();
        c.Execute("UPDATE outlets SET last_poll_at = @at, next_poll_at = @next WHERE id = @outletId;",
            new { outletId, at = DbTime.Text(at), next = DbTime.Text(next) });
    }
}
