using Dapper;
using Microsoft.Data.Sqlite;
using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Entities.Identity;

namespace NewsClaims.Storage.Entities;

/// <summary>Links an article's entity mentions to entities across the store, inside the transaction that saves its analysis:
/// a reviewer's pin first, then the first match key another article already gave an entity, else a new entity.</summary>
internal static class EntityLinker
{
    public static void Link(SqliteConnection c, SqliteTransaction t, long articleId, IReadOnlyList<EntityMention> mentions, string now)
    {
        var entityOf = new long[mentions.Count];
        var touched = new HashSet<long>();
        foreach (var group in ArticleEntity.Group(mentions))
        {
            var family = EntityKeys.Family(group.Type);
            var id = Pinned(c, t, articleId, family, group.Key) ?? Matched(c, t, family, group.MatchKeys)
                     ?? Create(c, t, group.Type, group.Name, now);
            foreach (var key in group.MatchKeys)
            {
                c.Execute("INSERT OR IGNORE INTO entity_keys (family, key, entity_id, source) VALUES (@family, @key, @id, @source);",
                    new { family, key, id, source = key == group.Key ? "name" : "acronym" }, t);
            }
            foreach (var i in group.Mentions)
                entityOf[i] = id;
            touched.Add(id);
        }
        c.Execute("""
            INSERT INTO entity_mentions (article_id, ordinal, entity_id, text, start, "end", type, canonical, role)
            VALUES (@articleId, @Ordinal, @EntityId, @Text, @Start, @End, @Type, @Canonical, @Role);
            """, mentions.Select((m, i) => new
        {
            articleId, Ordinal = i, EntityId = entityOf[i], m.Text, m.Start, m.End, Type = AnalysisNames.Of(m.Type), m.Canonical, m.Role,
        }), t);
        foreach (var id in touched)
            Refresh(c, t, id, now);
    }

    /// <summary>Follows merges to the entity that stands for <paramref name="id"/> now.</summary>
    public static long Live(SqliteConnection c, SqliteTransaction? t, long id)
    {
        for (var hops = 0; hops < 64; hops++)
        {
            var next = c.ExecuteScalar<long?>("SELECT merged_into FROM entities WHERE id = @id;", new { id }, t);
            if (next is null)
                return id;
            id = next.Value;
        }
        throw new InvalidOperationException($"entity {id}: merge chain too long (a cycle?)");
    }

    /// <summary>Names an entity by what its mentions call it: a spelled-out name before an acronym, the name most articles use,
    /// then the longer; its type is the one most mentions carry.</summary>
    public static void Refresh(SqliteConnection c, SqliteTransaction t, long id, string now) =>
        c.Execute("""
            UPDATE entities SET
              name = COALESCE((SELECT canonical FROM entity_mentions WHERE entity_id = @id GROUP BY canonical
                               ORDER BY canonical = upper(canonical), COUNT(DISTINCT article_id) DESC, length(canonical) DESC, canonical
                               LIMIT 1), name),
              type = COALESCE((SELECT type FROM entity_mentions WHERE entity_id = @id GROUP BY type
                               ORDER BY COUNT(*) DESC, type = 'OUTLET' DESC LIMIT 1), type),
              updated_at = @now
            WHERE id = @id;
            """, new { id, now }, t);

    public static long Create(SqliteConnection c, SqliteTransaction t, EntityType type, string name, string now) =>
        c.ExecuteScalar<long>("""
            INSERT INTO entities (type, name, created_at, updated_at) VALUES (@type, @name, @now, @now) RETURNING id;
            """, new { type = AnalysisNames.Of(type), name, now }, t);

    private static long? Pinned(SqliteConnection c, SqliteTransaction t, long articleId, string family, string key) =>
        c.ExecuteScalar<long?>("SELECT entity_id FROM entity_pins WHERE article_id = @articleId AND family = @family AND key = @key;",
            new { articleId, family, key }, t) is { } id ? Live(c, t, id) : null;

    private static long? Matched(SqliteConnection c, SqliteTransaction t, string family, IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
            if (c.ExecuteScalar<long?>("SELECT entity_id FROM entity_keys WHERE family = @family AND key = @key;", new { family, key }, t) is { } id)
                return Live(c, t, id);
        return null;
    }
}
