using Dapper;
using NewsClaims.Core.Analysis;
using NewsClaims.Core.Pipeline;
using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Entities;

namespace NewsClaims.Storage.Analyses;

/// <summary>The analysis stage's queue and results: which extracted articles wait for analysis, and the figures, dates and entity mentions found.</summary>
public sealed class AnalysisStore(Database database, TimeProvider time)
{
    // Articles whose extraction is an article's text that analysis may (re)read.
    private static readonly string[] Analysable = [ArticleStage.Extracted, ArticleStage.Analyzed, ArticleStage.Failed];

    /// <summary>An extracted article with what its analysis needs: the text and the dates and language to read it against.</summary>
    public sealed record Pending(long Id, string Url, string Text, string? Published, string? FeedPublished, string FetchedAt, string? Language);

    private const string PendingColumns = """
        a.id AS Id, a.url AS Url, e.text AS Text, e.published AS Published, a.hint_published AS FeedPublished,
        p.fetched_at AS FetchedAt, e.language AS Language
        """;

    /// <summary>Extracted articles not analysed yet, oldest first.</summary>
    public IReadOnlyList<Pending> DueForAnalysis(int limit)
    {
        using var c = database.Connect();
        return c.Query<Pending>($"""
            SELECT {PendingColumns}
            FROM articles a JOIN extractions e ON e.article_id = a.id JOIN raw_pages p ON p.article_id = a.id
            WHERE a.stage = @stage AND e.is_article = 1 ORDER BY a.id LIMIT @limit;
            """, new { stage = ArticleStage.Extracted, limit }).ToList();
    }

    /// <summary>Articles with extracted text after <paramref name="afterId"/>, for reprocessing; with <paramref name="olderThan"/>,
    /// only those not yet analysed by that analyzer version.</summary>
    public IReadOnlyList<Pending> Extracted(long afterId, int limit, string? olderThan = null)
    {
        using var c = database.Connect();
        return c.Query<Pending>($"""
            SELECT {PendingColumns}
            FROM articles a JOIN extractions e ON e.article_id = a.id JOIN raw_pages p ON p.article_id = a.id
            LEFT JOIN analyses n ON n.article_id = a.id
            WHERE a.id > @afterId AND a.stage IN @stages AND e.is_article = 1
              AND (@olderThan IS NULL OR n.analyzer_version IS NULL OR n.analyzer_version <> @olderThan)
            ORDER BY a.id LIMIT @limit;
            """, new { afterId, limit, olderThan, stages = Analysable }).ToList();
    }

    // Money and counts are stored as REAL: SQLite has no decimal, and 15 significant digits hold any figure news prints.
    /// <summary>Replaces the article's analysis with <paramref name="analysis"/> and moves it to analyzed, in one transaction.</summary>
    public void Save(long articleId, TextAnalysis analysis, bool dayFirst, string analyzerVersion) => database.InTransaction((c, t) =>
    {
        var now = DbTime.Text(time.GetUtcNow());
        c.Execute("DELETE FROM analyses WHERE article_id = @articleId;", new { articleId }, t);
        c.Execute("""
            INSERT INTO analyses (article_id, analyzer_version, analyzed_at, anchor_date, day_first, primary_source_mention, cites_unnamed_reports)
            VALUES (@articleId, @analyzerVersion, @now, @anchor, @dayFirst, @primary, @unnamed);
            """, new
        {
            articleId, analyzerVersion, now, anchor = AnalysisNames.IsoDate(analysis.Published), dayFirst, primary = analysis.PrimarySource,
            unnamed = analysis.CitesUnnamedReports,
        }, t);
        c.Execute("""
            INSERT INTO figures (article_id, ordinal, text, start, "end", kind, value, value_max, unit, qualifier, direction, low, high,
                counted, magnitude)
            VALUES (@articleId, @Ordinal, @Text, @Start, @End, @Kind, @Value, @ValueMax, @Unit, @Qualifier, @Direction, @Low, @High,
                @Counted, @Magnitude);
            """, analysis.Figures.Select((f, i) => new
        {
            articleId, Ordinal = i, f.Text, f.Start, f.End, Kind = AnalysisNames.Of(f.Kind), Value = (double?)f.Value, ValueMax = (double?)f.ValueMax,
            f.Unit, Qualifier = AnalysisNames.Of(f.Qualifier), Direction = f.Direction is { } d ? AnalysisNames.Of(d) : null,
            Low = (double?)f.Low, High = (double?)f.High, f.Counted, Magnitude = (double?)f.Magnitude,
        }), t);
        c.Execute("""
            INSERT INTO dates (article_id, ordinal, text, start, "end", type, value, granularity, mod, start_date, end_date)
            VALUES (@articleId, @Ordinal, @Text, @Start, @End, @Type, @Value, @Granularity, @Mod, @StartDate, @EndDate);
            """, analysis.Dates.Select((d, i) => new
        {
            articleId, Ordinal = i, d.Text, d.Start, d.End, Type = AnalysisNames.Of(d.Type), d.Value,
            Granularity = AnalysisNames.Of(d.Granularity), d.Mod,
            StartDate = d.StartDate is { } s ? AnalysisNames.IsoDate(s) : null,
            EndDate = d.EndDate is { } e ? AnalysisNames.IsoDate(e) : null,
        }), t);
        EntityLinker.Link(c, t, articleId, analysis.Entities, now);
        ClaimRows.Insert(c, t, articleId, analysis);
        c.Execute("""
            UPDATE articles SET stage = @stage, last_error = NULL, updated_at = @now WHERE id = @articleId AND stage IN @stages;
            """, new { articleId, now, stage = ArticleStage.Analyzed, stages = Analysable }, t);
        return 0;
    });
}
