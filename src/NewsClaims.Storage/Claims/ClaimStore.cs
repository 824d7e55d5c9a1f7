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
        sa.source_reason AS SourceReason
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
        d.group_id AS GroupId, g.attribute AS Attribute, x.name AS Subject,
        (SELECT group_concat(name, ', ') FROM (SELECT DISTINCT COALESCE(o.name, a.url) AS name FROM group_claims gc JOIN claims k ON k.id = gc.claim_id
            JOIN articles a ON a.id = k.article_id LEFT JOIN outlets o ON o.id = a.outlet_id WHERE gc.group_id = d.group_id ORDER BY 1)) AS Outlets,
        d.explanation AS Explanation, d.updated_at AS UpdatedAt
        FROM discrepancies d LEFT JOIN claim_groups g ON g.id = d.group_id LEFT JOIN entities x ON x.id = g.subject_entity_id
        """;

    /// <summary>Discrepancies the last reconciliation still finds, most severe first; filters are optional.</summary>
    public IReadOnlyList<DiscrepancyRow> Discrepancies(string? status, string? severity, long? entity, int limit = 1000)
    {
        using var c = database.Connect();
        return c.Query<DiscrepancyRow>($"""
            SELECT {DiscrepancyColumns}
            WHERE d.active = 1 AND (@status IS NULL OR d.status = @status) AND (@severity IS NULL OR d.severity = @severity)
              AND (@entity IS NULL OR g.subject_entity_id = @entity OR EXISTS (SELECT 1 FROM group_claims gc JOIN claim_entities ce ON ce.claim_id = gc.claim_id
                    JOIN claims k ON k.id = gc.claim_id JOIN entity_mentions m ON m.article_id = k.article_id AND m.ordinal = ce.mention
                    WHERE gc.group_id = d.group_id AND m.entity_id = @entity))
            ORDER BY CASE d.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, d.id LIMIT @limit;
            """, new { status, severity, entity, limit }).ToList();
    }

    public DiscrepancyDetail Discrepancy(long id)
    {
        using var c = database.Connect();
        var d = c.QuerySingleOrDefault<DiscrepancyRow>($"SELECT {DiscrepancyColumns} WHERE d.id = @id;", new { id })
                ?? throw new ClaimQueryException($"no discrepancy {id}; `newsclaims discrepancies` lists them");
        var verdict = c.ExecuteScalar<string?>("SELECT verdict FROM claim_groups WHERE id = @GroupId;", new { d.GroupId });
        var claims = c.Query<ClaimRow>($"""
            SELECT {ClaimColumns} {ClaimJoins} JOIN group_claims gc ON gc.claim_id = k.id WHERE gc.group_id = @GroupId
            ORDER BY COALESCE(e.published, a.hint_published), k.article_id, k.ordinal;
            """, new { d.GroupId }).ToList();
        return new DiscrepancyDetail(d, verdict, claims, Reviews(c, id));
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
                throw new ClaimQueryException($"no discrepancy {id}; `newsclaims discrepancies` lists them");
            var reviewId = c.ExecuteScalar<long>("""
                INSERT INTO discrepancy_reviews (discrepancy_id, verdict, note, made_by, made_at) VALUES (@id, @verdict, @note, @by, @now) RETURNING id;
                """, new { id, verdict, note, by, now }, t);
            c.Execute("UPDATE discrepancies SET status = @verdict, updated_at = @now WHERE id = @id;", new { id, verdict, now }, t);
            return new ReviewRow { Id = reviewId, Verdict = verdict, Note = note, MadeBy = by, MadeAt = now };
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

    private static List<ReviewRow> Reviews(Microsoft.Data.Sqlite.SqliteConnection c, long id) =>
        c.Query<ReviewRow>("""
            SELECT id AS Id, verdict AS Verdict, note AS Note, made_by AS MadeBy, made_at AS MadeAt
            FROM discrepancy_reviews WHERE discrepancy_id = @id ORDER BY id;
            """, new { id }).ToList();
}
