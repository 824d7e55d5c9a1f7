using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Entities.Identity;

namespace NewsClaims.Storage.Entities;

/// <summary>The entities across articles: listing and showing them, and the merges and splits reviewers make, which pin the
/// articles involved so re-analysis links them the same way.</summary>
public sealed class EntityStore(Database database, TimeProvider time)
{
    /// <summary>Entities with at least one mention, the most written-about first.</summary>
    public IReadOnlyList<EntitySummary> List(string? type = null, string? search = null, int limit = 100)
    {
        using var c = database.Connect();
        return c.Query<EntitySummary>("""
            SELECT e.id AS Id, e.type AS Type, e.name AS Name, COUNT(DISTINCT m.article_id) AS Articles, COUNT(*) AS Mentions,
                   (SELECT CAST(group_concat(text, ', ') AS TEXT) FROM (SELECT text FROM entity_mentions WHERE entity_id = e.id AND text <> e.name COLLATE NOCASE
                        GROUP BY text COLLATE NOCASE ORDER BY COUNT(*) DESC, text LIMIT 5)) AS Aliases,
                   (SELECT CAST(group_concat(role, '; ') AS TEXT) FROM (SELECT DISTINCT role FROM entity_mentions
                        WHERE entity_id = e.id AND role IS NOT NULL ORDER BY role)) AS Roles
            FROM entities e JOIN entity_mentions m ON m.entity_id = e.id
            WHERE e.merged_into IS NULL AND (@type IS NULL OR e.type = @type)
              AND (@search IS NULL OR e.name LIKE @pattern OR EXISTS (
                   SELECT 1 FROM entity_mentions s WHERE s.entity_id = e.id AND s.text LIKE @pattern))
            GROUP BY e.id ORDER BY Articles DESC, Mentions DESC, e.name LIMIT @limit;
            """, new { type, search, pattern = search is null ? null : $"%{Like(search)}%", limit }).ToList();
    }

    /// <summary>The entity an argument names: an id (a merged one leads to what it was merged into), else a name or alias.</summary>
    public long Resolve(string idOrName)
    {
        using var c = database.Connect();
        if (long.TryParse(idOrName, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM entities WHERE id = @id;", new { id }) == 0)
                throw new EntityCorrectionException($"no entity {id}; `newsclaims entities` lists them", notFound: true);
            return EntityLinker.Live(c, null, id);
        }
        // A name or match key first; only then an alias as some article wrote it (a surname, "The Post").
        var key = EntityKeys.Normalize(idOrName);
        var ids = c.Query<long>("""
            SELECT id FROM entities WHERE merged_into IS NULL AND name = @idOrName COLLATE NOCASE
            UNION SELECT entity_id FROM entity_keys WHERE key = @key;
            """, new { idOrName, key }).Select(i => EntityLinker.Live(c, null, i)).Distinct().ToList();
        if (ids.Count == 0)
            ids = c.Query<long>("SELECT DISTINCT entity_id FROM entity_mentions WHERE text = @idOrName COLLATE NOCASE;", new { idOrName }).ToList();
        return ids.Count switch
        {
            1 => ids[0],
            0 => throw new EntityCorrectionException($"no entity named '{idOrName}'; `newsclaims entities --search` finds them", notFound: true),
            _ => throw new EntityCorrectionException(
                $"'{idOrName}' names {ids.Count} entities ({string.Join(", ", ids)}); give the id"),
        };
    }

    public EntityDetail Show(long id)
    {
        using var c = database.Connect();
        var e = c.QuerySingleOrDefault<(long Id, string Type, string Name, long? MergedInto)?>(
                    "SELECT id, type, name, merged_into FROM entities WHERE id = @id;", new { id })
                ?? throw new EntityCorrectionException($"no entity {id}", notFound: true);
        var aliases = c.Query<EntityAlias>("""
            SELECT text AS Text, COUNT(DISTINCT article_id) AS Articles FROM entity_mentions WHERE entity_id = @id
            GROUP BY text COLLATE NOCASE ORDER BY Articles DESC, COUNT(*) DESC, text;
            """, new { id }).ToList();
        var roles = c.Query<EntityRole>("""
            SELECT DISTINCT m.role AS Role, m.article_id AS ArticleId, o.name AS Outlet
            FROM entity_mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
            WHERE m.entity_id = @id AND m.role IS NOT NULL ORDER BY m.role, m.article_id;
            """, new { id }).ToList();
        var articles = c.Query<EntityArticle>("""
            SELECT a.id AS Id, a.url AS Url, o.name AS Outlet, COALESCE(x.title, a.hint_title) AS Title, COALESCE(x.published, a.hint_published) AS Published,
                   COUNT(*) AS Mentions
            FROM entity_mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
            LEFT JOIN extractions x ON x.article_id = a.id
            WHERE m.entity_id = @id GROUP BY a.id ORDER BY Published, a.id;
            """, new { id }).ToList();
        var corrections = c.Query<EntityCorrection>("""
            SELECT id AS Id, action AS Action, entity_id AS EntityId, other_id AS OtherId, detail AS Detail, made_by AS MadeBy, made_at AS MadeAt
            FROM entity_corrections WHERE entity_id = @id OR other_id = @id ORDER BY id;
            """, new { id }).ToList();
        return new EntityDetail(e.Id, e.Type, e.Name, e.MergedInto, aliases, roles, articles, corrections);
    }

    /// <summary>Makes <paramref name="from"/> part of <paramref name="into"/>: its mentions, match keys and pins move, its
    /// articles are pinned to <paramref name="into"/>, and its id leads there from now on.</summary>
    public void Merge(long into, long from, string by) => database.InTransaction((c, t) =>
    {
        into = Live(c, t, into);
        from = Live(c, t, from);
        if (into == from)
            throw new EntityCorrectionException($"entity {into} and entity {from} are already one entity");
        var now = DbTime.Text(time.GetUtcNow());
        PinArticles(c, t, from, into);
        c.Execute("UPDATE entity_pins SET entity_id = @into WHERE entity_id = @from;", new { into, from }, t);
        c.Execute("UPDATE entity_keys SET entity_id = @into WHERE entity_id = @from;", new { into, from }, t);
        c.Execute("UPDATE entity_mentions SET entity_id = @into WHERE entity_id = @from;", new { into, from }, t);
        c.Execute("UPDATE entities SET merged_into = @into, updated_at = @now WHERE id = @from;", new { into, from, now }, t);
        EntityLinker.Refresh(c, t, into, now);
        Log(c, t, "merge", into, from, $"merged entity {from} into {into}", by, now);
    });

    /// <summary>Moves out of <paramref name="id"/> into a new entity the articles' entities written as one of
    /// <paramref name="aliases"/> or found in one of <paramref name="articles"/>; the aliases' match keys go with them.
    /// Every article involved is pinned to its side. Returns the new entity's id.</summary>
    public long Split(long id, IReadOnlyCollection<string> aliases, IReadOnlyCollection<long> articles, string by) => database.InTransaction((c, t) =>
    {
        id = Live(c, t, id);
        var keys = aliases.Select(EntityKeys.Normalize).ToHashSet();
        var groups = c.Query<(long Article, string Canonical, string Type, string Text)>(
                "SELECT article_id, canonical, type, text FROM entity_mentions WHERE entity_id = @id;", new { id }, t)
            .GroupBy(m => (m.Article, m.Canonical))
            .Select(g => (g.Key.Article, g.Key.Canonical, Type: g.First().Type,
                Moves: articles.Contains(g.Key.Article) || keys.Contains(EntityKeys.Normalize(g.Key.Canonical))
                       || g.Any(m => keys.Contains(EntityKeys.Normalize(m.Text)))))
            .ToList();
        var moving = groups.Where(g => g.Moves).ToList();
        if (moving.Count == 0)
            throw new EntityCorrectionException($"entity {id} has no mention written as {string.Join(" or ", aliases.Select(a => $"'{a}'"))}" +
                                                (articles.Count > 0 ? $" nor any in article {string.Join(", ", articles)}" : ""));
        if (moving.Count == groups.Count)
            throw new EntityCorrectionException($"that would move all of entity {id}; name fewer aliases or articles");
        var now = DbTime.Text(time.GetUtcNow());
        var type = moving.GroupBy(g => g.Type).OrderByDescending(g => g.Count()).First().Key;
        var created = c.ExecuteScalar<long>("INSERT INTO entities (type, name, created_at, updated_at) VALUES (@type, @name, @now, @now) RETURNING id;",
            new { type, name = moving[0].Canonical, now }, t);
        foreach (var g in moving)
        {
            c.Execute("UPDATE entity_mentions SET entity_id = @created WHERE entity_id = @id AND article_id = @Article AND canonical = @Canonical;",
                new { created, id, g.Article, g.Canonical }, t);
        }
        PinArticles(c, t, created, created);
        PinArticles(c, t, id, id);
        var family = EntityKeys.Family(AnalysisNames.EntityTypeOf(type));
        foreach (var key in keys)
        {
            c.Execute("""
                INSERT INTO entity_keys (family, key, entity_id, source) VALUES (@family, @key, @created, 'correction')
                ON CONFLICT (family, key) DO UPDATE SET entity_id = @created, source = 'correction' WHERE entity_id = @id;
                """, new { family, key, created, id }, t);
        }
        EntityLinker.Refresh(c, t, id, now);
        EntityLinker.Refresh(c, t, created, now);
        var what = string.Join(", ", aliases.Select(a => $"'{a}'").Concat(articles.Select(a => $"article {a}")));
        Log(c, t, "split", id, created, $"split {what} out of entity {id} into entity {created}", by, now);
        return created;
    });

    // Pins each article entity of `owner` (by its normalised fullest name) to `target`, so re-analysis links it there.
    private static void PinArticles(SqliteConnection c, SqliteTransaction t, long owner, long target)
    {
        var groups = c.Query<(long Article, string Canonical, string Type)>(
            "SELECT DISTINCT article_id, canonical, type FROM entity_mentions WHERE entity_id = @owner;", new { owner }, t);
        foreach (var g in groups)
        {
            c.Execute("""
                INSERT INTO entity_pins (article_id, family, key, entity_id) VALUES (@Article, @family, @key, @target)
                ON CONFLICT (article_id, family, key) DO UPDATE SET entity_id = @target;
                """, new { g.Article, family = EntityKeys.Family(AnalysisNames.EntityTypeOf(g.Type)), key = EntityKeys.Normalize(g.Canonical), target }, t);
        }
    }

    private static long Live(SqliteConnection c, SqliteTransaction t, long id) =>
        c.ExecuteScalar<long>("SELECT COUNT(*) FROM entities WHERE id = @id;", new { id }, t) == 0
            ? throw new EntityCorrectionException($"no entity {id}", notFound: true)
            : EntityLinker.Live(c, t, id);

    /// <summary>Logs a correction and marks the stories of the articles it touches, so the next reconcile judges their claims
    /// with the corrected entities.</summary>
    private static void Log(SqliteConnection c, SqliteTransaction t, string action, long entity, long other, string detail, string by, string now) =>
        c.Execute("""
            INSERT INTO entity_corrections (action, entity_id, other_id, detail, made_by, made_at)
            VALUES (@action, @entity, @other, @detail, @by, @now);
            UPDATE stories SET dirty = 1 WHERE id IN (SELECT s.story_id FROM story_articles s
                WHERE s.article_id IN (SELECT article_id FROM entity_mentions WHERE entity_id IN (@entity, @other)));
            """, new { action, entity, other, detail, by, now }, t);

    private static string Like(string s) => s.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
