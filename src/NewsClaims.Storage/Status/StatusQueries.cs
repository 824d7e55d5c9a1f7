using Dapper;

namespace NewsClaims.Storage.Status;

/// <summary>The read side of <c>newsclaims status</c>: per outlet and per stage counts.</summary>
public sealed class StatusQueries(Database database, TimeProvider time)
{
    public IReadOnlyList<OutletStatus> Outlets()
    {
        using var c = database.Connect();
        var since = DbTime.Text(time.GetUtcNow() - TimeSpan.FromHours(24));
        return c.Query<OutletStatus>("""
            SELECT o.name, o.enabled, o.last_poll_at, o.next_poll_at,
                (SELECT COUNT(*) FROM articles a WHERE a.outlet_id = o.id) AS articles,
                (SELECT COUNT(*) FROM articles a WHERE a.outlet_id = o.id AND a.discovered_at >= @since) AS new24h,
                (SELECT COUNT(*) FROM articles a WHERE a.outlet_id = o.id AND a.stage NOT IN ('discovered', 'failed', 'duplicate')) AS fetched,
                (SELECT COUNT(*) FROM articles a WHERE a.outlet_id = o.id AND a.stage = 'failed') AS failed,
                (SELECT COUNT(*) FROM feeds f WHERE f.outlet_id = o.id AND f.active = 1 AND f.last_error IS NOT NULL) AS feed_errors
            FROM outlets o ORDER BY o.enabled DESC, o.name;
            """, new { since }).ToList();
    }

    /// <summary>Articles per stage, with how many of the queued ones are waiting for a retry time.</summary>
    public (IReadOnlyDictionary<string, long> Stages, long Waiting) Stages()
    {
        using var c = database.Connect();
        var stages = c.Query<(string Stage, long Count)>("SELECT stage, COUNT(*) FROM articles GROUP BY stage;")
            .ToDictionary(r => r.Stage, r => r.Count);
        var waiting = c.ExecuteScalar<long>("SELECT COUNT(*) FROM articles WHERE stage = 'discovered' AND next_attempt_at > @now;",
            new { now = DbTime.Text(time.GetUtcNow()) });
        return (stages, waiting);
    }

    /// <summary>Feeds whose last poll failed, with the reason.</summary>
    public IReadOnlyList<(string Outlet, string Url, string Error, long Failures)> FeedErrors()
    {
        using var c = database.Connect();
        return c.Query<(string, string, string, long)>("""
            SELECT o.name, f.url, f.last_error, f.consecutive_failures FROM feeds f JOIN outlets o ON o.id = f.outlet_id
            WHERE f.active = 1 AND f.last_error IS NOT NULL ORDER BY o.name, f.url;
            """).ToList();
    }
}
