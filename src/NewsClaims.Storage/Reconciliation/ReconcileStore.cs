using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsClaims.Core.Analysis.Claims;
using NewsClaims.Core.Reconciliation;

namespace NewsClaims.Storage.Reconciliation;

/// <summary>The reconcile stage's reads and writes: analysed articles waiting for a story, the candidates they may join, and each
/// story's facts in and judged groups, sources and discrepancies out.</summary>
public sealed class ReconcileStore(Database database, TimeProvider time)
{
    /// <summary>An analysed article not in a story yet, with what matching needs.</summary>
    public sealed record Waiting(long Id, DateTimeOffset Published, string Text, IReadOnlySet<long> Entities);

    // When the page gave no publication time, the feed's, then the fetch time, stand in.
    private const string PublishedExpr = "COALESCE(e.published_utc, e.published, a.hint_published, p.fetched_at)";

    // People and organisations make a story; places and outlets are shared by too many unrelated reports.
    private const string StoryEntityTypes = "('PERSON', 'ORG')";

    /// <summary>Analysed articles in no story yet, earliest first.</summary>
    public IReadOnlyList<Waiting> Unassigned(int limit)
    {
        using var c = database.Connect();
        var rows = c.Query<(long Id, string Published, string Text)>($"""
            SELECT a.id, {PublishedExpr}, e.text
            FROM analyses n JOIN articles a ON a.id = n.article_id JOIN extractions e ON e.article_id = a.id
            JOIN raw_pages p ON p.article_id = a.id
            WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = n.article_id)
            ORDER BY 2, a.id LIMIT @limit;
            """, new { limit }).ToList();
        var entities = EntitiesOf(c, rows.Select(r => r.Id).ToList());
        return rows.Select(r => new Waiting(r.Id, DbTime.Parse(r.Published) ?? time.GetUtcNow(), r.Text,
            entities.TryGetValue(r.Id, out var set) ? set : new HashSet<long>())).ToList();
    }

    /// <summary>Articles already in stories that share a person or organisation with <paramref name="entities"/> and appeared
    /// within the story window of <paramref name="published"/>.</summary>
    public IReadOnlyList<(long Story, StorySignature Article)> Candidates(IReadOnlySet<long> entities, DateTimeOffset published)
    {
        if (entities.Count == 0)
            return [];
        using var c = database.Connect();
        return c.Query<(long Story, long Article, string Published, string Entities, string Terms)>($"""
            SELECT s.story_id, s.article_id, s.published, s.entities, s.terms FROM story_articles s
            WHERE s.published BETWEEN @from AND @to
              AND s.article_id IN (SELECT m.article_id FROM entity_mentions m WHERE m.entity_id IN @ids)
            """, new
        {
            from = DbTime.Text(published - StoryMatcher.Window), to = DbTime.Text(published + StoryMatcher.Window), ids = entities.ToArray(),
        }).Select(r => (r.Story, new StorySignature(r.Article, DbTime.Parse(r.Published)!.Value, ParseIds(r.Entities), ParseTerms(r.Terms))))
            .ToList();
    }

    /// <summary>Puts an article into a story (a new one when <paramref name="story"/> is null) and marks the story for judging.</summary>
    public long Join(StorySignature article, long? story, double? score) => database.InTransaction((c, t) =>
    {
        var now = DbTime.Text(time.GetUtcNow());
        var id = story ?? c.ExecuteScalar<long>("""
            INSERT INTO stories (anchor_article_id, dirty, created_at, updated_at) VALUES (@article, 1, @now, @now) RETURNING id;
            """, new { article = article.ArticleId, now }, t);
        c.Execute("""
            INSERT INTO story_articles (article_id, story_id, score, published, entities, terms, joined_at)
            VALUES (@article, @id, @score, @published, @entities, @terms, @now);
            UPDATE stories SET dirty = 1, updated_at = @now WHERE id = @id;
            """, new
        {
            article = article.ArticleId, id, score, published = DbTime.Text(article.Published), now,
            entities = string.Join(' ', article.Entities.Order()), terms = string.Join(' ', article.Terms),
        }, t);
        return id;
    });

    /// <summary>Stories whose articles changed since they were last judged.</summary>
    public IReadOnlyList<long> DirtyStories()
    {
        using var c = database.Connect();
        return c.Query<long>("SELECT id FROM stories WHERE dirty = 1 ORDER BY id;").ToList();
    }

    /// <summary>A story's anchor and the facts of its articles, or null when it has no articles left.</summary>
    public (long Anchor, IReadOnlyList<ArticleFacts> Articles)? Load(long story)
    {
        using var c = database.Connect();
        var anchor = c.ExecuteScalar<long>("SELECT anchor_article_id FROM stories WHERE id = @story;", new { story });
        var articles = c.Query<(long Id, long OutletId, string Outlet, string Published, long? Primary, string? PrimaryName, bool Unnamed, string Text)>($"""
            SELECT a.id, COALESCE(a.outlet_id, -a.id), COALESCE(o.name, a.url), {PublishedExpr}, pm.entity_id, pe.name, n.cites_unnamed_reports, e.text
            FROM story_articles s JOIN articles a ON a.id = s.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
            JOIN analyses n ON n.article_id = a.id JOIN extractions e ON e.article_id = a.id JOIN raw_pages p ON p.article_id = a.id
            LEFT JOIN entity_mentions pm ON pm.article_id = a.id AND pm.ordinal = n.primary_source_mention
            LEFT JOIN entities pe ON pe.id = pm.entity_id
            WHERE s.story_id = @story ORDER BY a.id;
            """, new { story }).ToList();
        if (articles.Count == 0)
            return null;
        var claims = c.Query<ClaimRow>("""
            SELECT k.id AS Id, k.article_id AS ArticleId, k.kind AS Kind, k.attribute AS Attribute, sm.entity_id AS Subject, k.unit AS Unit,
                   k.low AS Low, k.high AS High, k.value AS Number,
                   k.value_text AS ValueText, k.time_scope AS TimeScope, k.modality AS Modality, am.entity_id AS Source,
                   k.evidence AS Evidence, k.value_words AS ValueWords,
                   (SELECT group_concat(m.entity_id, ' ') FROM claim_entities ce
                      JOIN entity_mentions m ON m.article_id = k.article_id AND m.ordinal = ce.mention WHERE ce.claim_id = k.id) AS Entities
            FROM claims k JOIN story_articles s ON s.article_id = k.article_id
            LEFT JOIN entity_mentions sm ON sm.article_id = k.article_id AND sm.ordinal = k.subject_mention
            LEFT JOIN entity_mentions am ON am.article_id = k.article_id AND am.ordinal = k.attribution_mention
            WHERE s.story_id = @story ORDER BY k.article_id, k.ordinal;
            """, new { story }).ToLookup(r => r.ArticleId);
        return (anchor, articles.Select(a => new ArticleFacts(a.Id, a.OutletId, a.Outlet, DbTime.Parse(a.Published) ?? time.GetUtcNow(),
            a.Primary, a.PrimaryName, a.Unnamed, a.Text, claims[a.Id].Select(r => r.ToFacts()).ToList())).ToList());
    }

    /// <summary>Replaces a story's groups with <paramref name="result"/>'s, records its articles' sources, and brings its
    /// discrepancies in line: new ones open, found-again ones keep their status, no-longer-found ones go inactive.</summary>
    public void Save(long story, StoryResult? result) => database.InTransaction((c, t) =>
    {
        var now = DbTime.Text(time.GetUtcNow());
        c.Execute("DELETE FROM claim_groups WHERE story_id = @story;", new { story }, t);
        var found = new List<string>();
        foreach (var g in result?.Groups ?? [])
        {
            var groupId = c.ExecuteScalar<long>("""
                INSERT INTO claim_groups (story_id, key, attribute, subject_entity_id, time_scope, verdict, independent_sources, explanation, updated_at)
                VALUES (@story, @Key, @Attribute, @Subject, @TimeScope, @Verdict, @IndependentSources, @Explanation, @now) RETURNING id;
                """, new { story, g.Key, g.Attribute, g.Subject, g.TimeScope, Verdict = VerdictNames.Of(g.Verdict), g.IndependentSources, g.Explanation, now }, t);
            c.Execute("INSERT INTO group_claims (group_id, claim_id) VALUES (@groupId, @claim);", g.Claims.Select(claim => new { groupId, claim }), t);
            if (g.Discrepancy is not { } d)
                continue;
            found.Add(g.Key);
            c.Execute("""
                INSERT INTO discrepancies (key, group_id, story_id, kind, severity, explanation, status, active, created_at, updated_at)
                VALUES (@Key, @groupId, @story, @Kind, @Severity, @Explanation, 'open', 1, @now, @now)
                ON CONFLICT (key) DO UPDATE SET group_id = @groupId, story_id = @story, kind = @Kind, severity = @Severity,
                    explanation = @Explanation, active = 1, updated_at = @now;
                """, new { g.Key, groupId, story, d.Kind, d.Severity, d.Explanation, now }, t);
        }
        c.Execute("""
            UPDATE discrepancies SET active = 0, group_id = NULL, updated_at = @now
            WHERE story_id = @story AND active = 1 AND key NOT IN @found;
            """, new { story, found, now }, t);
        foreach (var s in result?.Sources ?? [])
            c.Execute("UPDATE story_articles SET source_key = @Key, source_reason = @Reason, copy_of = @CopyOf WHERE article_id = @ArticleId;", s, t);
        if (result is null)
            c.Execute("DELETE FROM story_articles WHERE story_id = @story; DELETE FROM stories WHERE id = @story;", new { story }, t);
        else
            c.Execute("UPDATE stories SET dirty = 0, updated_at = @now WHERE id = @story;", new { story, now }, t);
    });

    private static Dictionary<long, IReadOnlySet<long>> EntitiesOf(SqliteConnection c, IReadOnlyList<long> articles) =>
        c.Query<(long Article, long Entity)>($"""
            SELECT DISTINCT m.article_id, m.entity_id FROM entity_mentions m JOIN entities x ON x.id = m.entity_id
            WHERE m.article_id IN @articles AND x.type IN {StoryEntityTypes};
            """, new { articles }).GroupBy(r => r.Article)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<long>)g.Select(r => r.Entity).ToHashSet());

    private static HashSet<long> ParseIds(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToHashSet();

    private static HashSet<string> ParseTerms(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>A claims row as Dapper reads it (property-bound: SQLite NULLs break positional records).</summary>
    private sealed class ClaimRow
    {
        public long Id { get; init; }
        public long ArticleId { get; init; }
        public string Kind { get; init; } = "";
        public string? Attribute { get; init; }
        public long? Subject { get; init; }
        public string? Unit { get; init; }
        public double? Low { get; init; }
        public double? High { get; init; }
        public double? Number { get; init; }
        public string? ValueText { get; init; }
        public string? TimeScope { get; init; }
        public string Modality { get; init; } = "";
        public long? Source { get; init; }
        public string Evidence { get; init; } = "";
        public string ValueWords { get; init; } = "";
        public string? Entities { get; init; }

        public ClaimFacts ToFacts() => new(Id, ArticleId, Kind, Attribute, Subject, ParseIds(Entities ?? ""), Unit, Low, High, Number,
            ValueText, TimeScope, Enum.Parse<Modality>(Modality, ignoreCase: true), Source, Evidence, ValueWords);
    }
}
