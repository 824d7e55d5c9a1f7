using Dapper;

namespace NewsClaims.Storage.Claims;

/// <summary>Reads claims, groups and discrepancies for the query commands and export, and records reviewers' verdicts.</summary>
public sealed class ClaimStore(Database database, TimeProvider time)
{
    /// <summary>The verdicts a reviewer may give a discrepancy; "open" is where every discrepancy starts.</summary>
    public static readonly IReadOnlyList<string> ReviewVerdicts = ["confirmed", "dismissed", "resolved"];

    private const string ClaimColumns = """
        k.id AS Id, k.article_id AS ArticleId, COALESCE(o.name, a.url) AS Outlet, COALESCE(e.published, a.hint_published) AS Published, sa.story_id AS Story,
        k.kind AS Kind, k.attribute AS Attribute, k.value_words AS ValueWords, k.value AS Value, k.value_max AS ValueMax,
        k.value_text AS ValueText, k.unit AS Unit, k.low AS Low, k.high AS High, k.qualifier AS Qualifier, k.modality AS Modality,
        k.time_scope AS TimeScope, sx.name AS Subject,
        (SELECT group_concat(name, '; ') FROM (SELECT DISTINCT x.name FROM claim_entities ce
            JOIN entity_mentions m ON m.article_id = k.article_id AND m.ordinal = ce.mention JOIN entities x ON x.id = m.entity_id
            WHERE ce.claim_id = k.id)) AS Entities,
        k.attribution AS Attribution, k.evidence AS Evidence, k.start AS Start, k."end" AS "End", k.evidence_start AS EvidenceStart,
        sa.source_reason AS SourceReason, a.url AS Url, COALESCE(e.title, a.hint_title) AS Title
        """;

    private const string ClaimJoins = """
        FROM claims k JOIN articles a ON a.id = k.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
        LEFT JOIN extractions e ON e.article_id = k.article_id LEFT JOIN story_articles sa ON sa.article_id = k.article_id
        LEFT JOIN entity_mentions sm ON sm.article_id = k.article_id AND sm.ordinal = k.subject_mention
        LEFT JOIN entities sx ON sx.id = sm.entity_id
        """;

    public IReadOnlyList<ClaimRow> Claims(ClaimFilter f)
    {
        using var c = database.Connect();
        return c.Query<ClaimRow>($"""
            SELECT {ClaimColumns} {ClaimJoins}
            WHERE (@Attribute IS NULL OR k.attribute = @Attribute)
              AND (@Story IS NULL OR sa.story_id = @Story)
              AND (@Since IS NULL OR COALESCE(e.published, a.hint_published) >= @Since)
              AND (@Entity IS NULL OR EXISTS (SELECT 1 FROM claim_entities ce JOIN entity_mentions m
                    ON m.article_id = k.article_id AND m.ordinal = ce.mention WHERE ce.claim_id = k.id AND m.entity_id = @Entity))
            ORDER BY COALESCE(e.published, a.hint_published) DESC, k.article_id DESC, k.ordinal LIMIT @Limit;
            """, f).ToList();
    }

    private const string DiscrepancyColumns = """
        d.id AS Id, d.status AS Status, d.kind AS Kind, d.severity AS Severity, d.active AS Active, d.story_id AS Story,
        d.group_id AS GroupId, g.attribute AS Attribute, x.name AS Subject, g.subject_entity_id AS SubjectId,
        (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT COALESCE(o.name, a.url) AS name FROM group_claims gc JOIN claims k ON k.id = gc.claim_id
            JOIN articles a ON a.id = k.article_id LEFT JOIN outlets o ON o.id = a.outlet_id WHERE gc.group_id = d.group_id ORDER BY 1)) AS Outlets,
        (SELECT MAX(COALESCE(e.published, a.hint_published)) FROM group_claims gc JOIN claims k ON k.id = gc.claim_id
            JOIN articles a ON a.id = k.article_id LEFT JOIN extractions e ON e.article_id = a.id WHERE gc.group_id = d.group_id) AS Latest,
        d.explanation AS Explanation, d.updated_at AS UpdatedAt
        FROM discrepancies d LEFT JOIN claim_groups g ON g.id = d.group_id LEFT JOIN entities x ON x.id = g.subject_entity_id
        """;

    // Filters shared by the listing and its counts; every value is a parameter.
    private const string DiscrepancyWhere = """
        d.active = 1 AND (@Status IS NULL OR d.status = @Status) AND (@Severity IS NULL OR d.severity = @Severity)
          AND (@Story IS NULL OR d.story_id = @Story)
          AND (@Entity IS NULL OR g.subject_entity_id = @Entity OR EXISTS (SELECT 1 FROM group_claims gc JOIN claim_entities ce ON ce.claim_id = gc.claim_id
                JOIN claims k ON k.id = gc.claim_id JOIN entity_mentions m ON m.article_id = k.article_id AND m.ordinal = ce.mention
                WHERE gc.group_id = d.group_id AND m.entity_id = @Entity))
          AND (@Outlet IS NULL OR EXISTS (SELECT 1 FROM group_claims gc JOIN claims k ON k.id = gc.claim_id JOIN articles a ON a.id = k.article_id
                JOIN outlets o ON o.id = a.outlet_id WHERE gc.group_id = d.group_id AND o.name = @Outlet COLLATE NOCASE))
          AND (@Since IS NULL OR EXISTS (SELECT 1 FROM group_claims gc JOIN claims k ON k.id = gc.claim_id JOIN articles a ON a.id = k.article_id
                LEFT JOIN extractions e ON e.article_id = a.id WHERE gc.group_id = d.group_id AND COALESCE(e.published, a.hint_published) >= @Since))
          AND (@Until IS NULL OR EXISTS (SELECT 1 FROM group_claims gc JOIN claims k ON k.id = gc.claim_id JOIN articles a ON a.id = k.article_id
                LEFT JOIN extractions e ON e.article_id = a.id WHERE gc.group_id = d.group_id AND substr(COALESCE(e.published, a.hint_published), 1, 10) <= @Until))
        """;

    /// <summary>Discrepancies the last reconciliation still finds, most severe first; filters are optional.</summary>
    public IReadOnlyList<DiscrepancyRow> Discrepancies(DiscrepancyFilter filter)
    {
        using var c = database.Connect();
        return c.Query<DiscrepancyRow>($"""
            SELECT {DiscrepancyColumns}
            WHERE {DiscrepancyWhere}
            ORDER BY CASE d.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, d.id LIMIT @Limit OFFSET @Offset;
            """, filter).ToList();
    }

    /// <summary>The ids of the discrepancies the filter lists, in the listing's order (for moving to the next and previous one).</summary>
    public IReadOnlyList<(long Id, string Severity)> DiscrepancyIds(DiscrepancyFilter filter)
    {
        using var c = database.Connect();
        return c.Query<(long, string)>($"""
            SELECT d.id, d.severity FROM discrepancies d LEFT JOIN claim_groups g ON g.id = d.group_id WHERE {DiscrepancyWhere}
            ORDER BY CASE d.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, d.id;
            """, filter).ToList();
    }

    /// <summary>The outlets that have claims, for filter choices.</summary>
    public IReadOnlyList<string> Outlets()
    {
        using var c = database.Connect();
        return c.Query<string>("SELECT name FROM outlets ORDER BY name COLLATE NOCASE;").ToList();
    }

    /// <summary>How many active discrepancies match the filter (its status and severity aside), by status and by severity.</summary>
    public DiscrepancyCounts Counts(DiscrepancyFilter filter)
    {
        using var c = database.Connect();
        var rows = c.Query<(string Status, string Severity, long Count)>($"""
            SELECT d.status, d.severity, COUNT(*) FROM discrepancies d LEFT JOIN claim_groups g ON g.id = d.group_id
            WHERE {DiscrepancyWhere} GROUP BY d.status, d.severity;
            """, filter with { Status = null, Severity = null }).ToList();
        return new DiscrepancyCounts(
            rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
            rows.Where(r => filter.Status is null || r.Status == filter.Status).GroupBy(r => r.Severity).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)));
    }

    public DiscrepancyDetail Discrepancy(long id)
    {
        using var c = database.Connect();
        var d = c.QuerySingleOrDefault<DiscrepancyRow>($"SELECT {DiscrepancyColumns} WHERE d.id = @id;", new { id })
                ?? throw new ClaimQueryException($"no discrepancy {id}; `newsclaims discrepancies` lists them", notFound: true);
        var verdict = c.ExecuteScalar<string?>("SELECT verdict FROM claim_groups WHERE id = @GroupId;", new { d.GroupId });
        var claims = c.Query<ClaimRow>($"""
            SELECT {ClaimColumns} {ClaimJoins} JOIN group_claims gc ON gc.claim_id = k.id WHERE gc.group_id = @GroupId
            ORDER BY COALESCE(e.published, a.hint_published), k.article_id, k.ordinal;
            """, new { d.GroupId }).ToList();
        // The story's timeline of this figure: every claim on the same attribute and subject in the story, oldest article first.
        var timeline = d.Story is null || d.Attribute is null ? [] : c.Query<ClaimRow>($"""
            SELECT {ClaimColumns} {ClaimJoins}
            WHERE sa.story_id = @Story AND k.attribute = @Attribute
              AND (@SubjectId IS NULL OR k.subject_mention IS NULL OR sm.entity_id = @SubjectId
                   OR EXISTS (SELECT 1 FROM group_claims gc WHERE gc.group_id = @GroupId AND gc.claim_id = k.id))
            ORDER BY COALESCE(e.published, a.hint_published), k.article_id, k.ordinal LIMIT 200;
            """, new { d.Story, d.Attribute, d.SubjectId, d.GroupId }).ToList();
        return new DiscrepancyDetail(d, verdict, claims, Reviews(c, id), timeline);
    }

    /// <summary>Records a reviewer's verdict with a note; the discrepancy takes it as its status, and the trail keeps every one.</summary>
    public ReviewRow Review(long id, string verdict, string? note, string by)
    {
        if (!ReviewVerdicts.Contains(verdict))
            throw new ClaimQueryException($"verdict must be one of {string.Join(", ", ReviewVerdicts)}, not '{verdict}'");
        return database.InTransaction((c, t) =>
        {
            var now = DbTime.Text(time.GetUtcNow());
            if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM discrepancies WHERE id = @id;", new { id }, t) == 0)
                throw new ClaimQueryException($"no discrepancy {id}; `newsclaims discrepancies` lists them", notFound: true);
            var reviewId = c.ExecuteScalar<long>("""
                INSERT INTO discrepancy_reviews (discrepancy_id, verdict, note, made_by, made_at) VALUES (@id, @verdict, @note, @by, @now) RETURNING id;
                """, new { id, verdict, note, by, now }, t);
            c.Execute("UPDATE discrepancies SET status = @verdict, updated_at = @now WHERE id = @id;", new { id, verdict, now }, t);
            return new ReviewRow { Id = reviewId, Verdict = verdict, Note = note, MadeBy = by, MadeAt = now };
        });
    }

    /// <summary>Takes back the latest verdict still in force: the trail gains an undo row naming it, and the status returns to the
    /// verdict before it (or open).</summary>
    public ReviewRow Undo(long id, string by)
    {
        return database.InTransaction((c, t) =>
        {
            var now = DbTime.Text(time.GetUtcNow());
            if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM discrepancies WHERE id = @id;", new { id }, t) == 0)
                throw new ClaimQueryException($"no discrepancy {id}; `newsclaims discrepancies` lists them", notFound: true);
            var inForce = ReviewRow.InForce(Reviews(c, id, t));
            if (inForce.Count == 0)
                throw new ClaimQueryException($"discrepancy {id} has no verdict to undo");
            var last = inForce[^1];
            var note = $"took back '{last.Verdict}' by {last.MadeBy} at {last.MadeAt}";
            var undoId = c.ExecuteScalar<long>("""
                INSERT INTO discrepancy_reviews (discrepancy_id, verdict, note, made_by, made_at, undoes) VALUES (@id, 'undo', @note, @by, @now, @undoes) RETURNING id;
                """, new { id, note, by, now, undoes = last.Id }, t);
            var status = inForce.Count > 1 ? inForce[^2].Verdict : "open";
            c.Execute("UPDATE discrepancies SET status = @status, updated_at = @now WHERE id = @id;", new { id, status, now }, t);
            return new ReviewRow { Id = undoId, Verdict = "undo", Note = note, MadeBy = by, MadeAt = now, Undoes = last.Id };
        });
    }


    /// <summary>The claim groups with their claim ids, for export.</summary>
    public IReadOnlyList<(long Id, string Verdict, IReadOnlyList<long> Claims)> Groups()
    {
        using var c = database.Connect();
        var members = Members(c);
        return c.Query<(long Id, string Verdict)>("SELECT id, verdict FROM claim_groups ORDER BY id;")
            .Select(g => (g.Id, g.Verdict, (IReadOnlyList<long>)members[g.Id].ToList())).ToList();
    }

    /// <summary>The stories with their article ids, for export and listing.</summary>
    public IReadOnlyList<(long Id, IReadOnlyList<long> Articles)> Stories()
    {
        using var c = database.Connect();
        return c.Query<(long Story, long Article)>("SELECT story_id, article_id FROM story_articles ORDER BY story_id, article_id;")
            .GroupBy(r => r.Story).Select(g => (g.Key, (IReadOnlyList<long>)g.Select(r => r.Article).ToList())).ToList();
    }

    /// <summary>Stories with their size, span and open discrepancies, the most recently active first.</summary>
    public IReadOnlyList<StoryRow> StorySummaries(StoryFilter f)
    {
        using var c = database.Connect();
        return c.Query<StoryRow>("""
            SELECT s.id AS Id, COUNT(*) AS Articles,
                   (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT COALESCE(o.name, a.url) AS name FROM story_articles x
                       JOIN articles a ON a.id = x.article_id LEFT JOIN outlets o ON o.id = a.outlet_id WHERE x.story_id = s.id ORDER BY 1)) AS Outlets,
                   MIN(sa.published) AS First, MAX(sa.published) AS Last,
                   (SELECT COALESCE(e.title, a.hint_title) FROM articles a LEFT JOIN extractions e ON e.article_id = a.id WHERE a.id = s.anchor_article_id) AS Title,
                   (SELECT COUNT(*) FROM claim_groups g WHERE g.story_id = s.id) AS Groups,
                   (SELECT COUNT(*) FROM discrepancies d WHERE d.story_id = s.id AND d.active = 1 AND d.status = 'open') AS OpenDiscrepancies
            FROM stories s JOIN story_articles sa ON sa.story_id = s.id
            WHERE (@Since IS NULL OR sa.story_id IN (SELECT story_id FROM story_articles WHERE published >= @Since))
              AND (@Entity IS NULL OR EXISTS (SELECT 1 FROM story_articles y JOIN entity_mentions m ON m.article_id = y.article_id
                    WHERE y.story_id = s.id AND m.entity_id = @Entity))
            GROUP BY s.id ORDER BY MAX(sa.published) DESC, s.id DESC LIMIT @Limit;
            """, f).ToList();
    }

    /// <summary>Every active discrepancy with its group's claim ids, for export.</summary>
    public IReadOnlyList<(DiscrepancyRow Row, IReadOnlyList<long> Claims)> DiscrepanciesWithClaims()
    {
        using var c = database.Connect();
        var members = Members(c);
        return c.Query<DiscrepancyRow>($"SELECT {DiscrepancyColumns} WHERE d.active = 1 ORDER BY d.id;")
            .Select(d => (d, (IReadOnlyList<long>)(d.GroupId is { } g ? members[g].ToList() : []))).ToList();
    }

    /// <summary>Every analysed article, for export.</summary>
    public IReadOnlyList<(long Id, string Url, string Outlet, string? Title, string? Published)> Articles()
    {
        using var c = database.Connect();
        return c.Query<(long, string, string, string?, string?)>("""
            SELECT a.id, a.url, COALESCE(o.name, a.url), e.title, COALESCE(e.published, a.hint_published)
            FROM analyses n JOIN articles a ON a.id = n.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
            LEFT JOIN extractions e ON e.article_id = a.id ORDER BY a.id;
            """).ToList();
    }

    /// <summary>Every entity that has mentions, with its aliases (the texts articles used) and mentions, for export.</summary>
    public IReadOnlyList<(long Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<(long Article, string Text, int Start, int End)> Mentions)> Entities()
    {
        using var c = database.Connect();
        var mentions = c.Query<(long Entity, long Article, string Text, int Start, int End)>("""
            SELECT entity_id, article_id, text, start, "end" FROM entity_mentions ORDER BY entity_id, article_id, ordinal;
            """).ToLookup(m => m.Entity);
        return c.Query<(long Id, string Name, string Type)>("""
            SELECT id, name, type FROM entities WHERE merged_into IS NULL AND EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = entities.id)
            ORDER BY id;
            """).Select(e => (e.Id, e.Name, e.Type,
                (IReadOnlyList<string>)mentions[e.Id].Select(m => m.Text).Distinct(StringComparer.Ordinal).Where(t => t != e.Name).ToList(),
                (IReadOnlyList<(long, string, int, int)>)mentions[e.Id].Select(m => (m.Article, m.Text, m.Start, m.End)).ToList())).ToList();
    }

    /// <summary>Each claim group's claim ids.</summary>
    private static ILookup<long, long> Members(Microsoft.Data.Sqlite.SqliteConnection c) =>
        c.Query<(long Group, long Claim)>("SELECT group_id, claim_id FROM group_claims ORDER BY group_id, claim_id;").ToLookup(r => r.Group, r => r.Claim);

    private static List<ReviewRow> Reviews(Microsoft.Data.Sqlite.SqliteConnection c, long id, Microsoft.Data.Sqlite.SqliteTransaction? t = null) =>
        c.Query<ReviewRow>("""
            SELECT id AS Id, verdict AS Verdict, note AS Note, made_by AS MadeBy, made_at AS MadeAt, undoes AS Undoes
            FROM discrepancy_reviews WHERE discrepancy_id = @id ORDER BY id;
            """, new { id }, t).ToList();
}
