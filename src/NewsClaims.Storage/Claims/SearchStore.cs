using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsClaims.Storage.Claims;

/// <summary>Full-text search (SQLite FTS5) over article titles and text and over claims' evidence sentences.</summary>
public sealed class SearchStore(Database database)
{
    /// <summary>What marks the start and end of a match in a snippet: control characters no article text contains.</summary>
    public const char MatchStart = '\u0002', MatchEnd = '\u0003';

    /// <summary>Articles and evidence sentences matching every word of <paramref name="query"/> (a phrase in double quotes is
    /// kept together), articles and sentences taking turns, each best first; a snippet marks the matches with <see cref="MatchStart"/> and <see cref="MatchEnd"/>.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 50)
    {
        var match = MatchExpression(query);
        using var c = database.Connect();
        try
        {
            // Several claims share one sentence: a sentence is one hit, with its lowest claim id.
            // Each index is queried on its own with the FTS table as the outer loop (CROSS JOIN fixes the order): SQLite 3.35
            // refuses bm25() and snippet() anywhere else. Several claims share one sentence: a sentence is one hit.
            var parameters = new { match, limit, open = MatchStart.ToString(), close = MatchEnd.ToString() };
            var articles = c.Query<SearchHit>("""
                SELECT 'article' AS Kind, a.id AS ArticleId, NULL AS ClaimId, COALESCE(o.name, a.url) AS Outlet,
                       COALESCE(e.published, a.hint_published) AS Published, COALESCE(e.title, a.hint_title) AS Title, a.url AS Url,
                       snippet(article_search, 1, @open, @close, '…', 16) AS Snippet, bm25(article_search, 5.0, 1.0) AS Rank
                FROM article_search CROSS JOIN extractions e ON e.article_id = article_search.rowid CROSS JOIN articles a ON a.id = e.article_id
                LEFT JOIN outlets o ON o.id = a.outlet_id
                WHERE article_search MATCH @match ORDER BY Rank LIMIT @limit;
                """, parameters);
            var sentences = c.Query<long, SearchHit, (long Start, SearchHit Hit)>("""
                SELECT k.evidence_start AS Start, 'claim' AS Kind, a.id AS ArticleId, k.id AS ClaimId, COALESCE(o.name, a.url) AS Outlet,
                       COALESCE(e.published, a.hint_published) AS Published, COALESCE(e.title, a.hint_title) AS Title, a.url AS Url,
                       snippet(evidence_search, 0, @open, @close, '…', 24) AS Snippet, bm25(evidence_search) AS Rank
                FROM evidence_search CROSS JOIN claims k ON k.id = evidence_search.rowid CROSS JOIN articles a ON a.id = k.article_id
                LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN extractions e ON e.article_id = a.id
                WHERE evidence_search MATCH @match ORDER BY Rank LIMIT @many;
                """, (start, hit) => (start, hit), new { match, many = limit * 8, parameters.open, parameters.close },
                splitOn: "Kind")
                .GroupBy(s => (s.Hit.ArticleId, s.Start)).Select(g => g.OrderBy(s => s.Hit.ClaimId).First().Hit);
            // bm25 scores of two indexes do not compare: the two lists take turns, each best first.
            return Alternate(articles.ToList(), sentences.OrderBy(h => h.Rank).ThenBy(h => h.ArticleId).ToList()).Take(limit).ToList();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            throw new ClaimQueryException($"cannot search for '{query}': {e.Message.Replace("SQLite Error 1: ", "", StringComparison.Ordinal)}");
        }
    }

    private static IEnumerable<SearchHit> Alternate(List<SearchHit> a, List<SearchHit> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            if (i < a.Count)
                yield return a[i];
            if (i < b.Count)
                yield return b[i];
        }
    }

    /// <summary>The FTS5 expression for what a person typed: each word and each quoted phrase quoted as a string, so no word is
    /// read as an operator or column name, all of them required.</summary>
    public static string MatchExpression(string query)
    {
        var terms = new List<string>();
        var parts = query.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                if (parts[i].Trim().Length > 0)
                    terms.Add(Quote(parts[i].Trim()));
                continue;
            }
            terms.AddRange(parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '(', ')', '\'')).Where(w => w.Any(char.IsLetterOrDigit)).Select(Quote));
        }
        if (terms.Count == 0)
            throw new ClaimQueryException("give at least one word to search for");
        return string.Join(' ', terms);
    }

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>One search result: an article (matched in its title or text) or an evidence sentence of its claims.</summary>
public sealed record SearchHit
{
    public string Kind { get; init; } = "";
    public long ArticleId { get; init; }
    public long? ClaimId { get; init; }
    public string Outlet { get; init; } = "";
    public string? Published { get; init; }
    public string? Title { get; init; }
    public string Url { get; init; } = "";
    public string Snippet { get; init; } = "";
    public double Rank { get; init; }
}
