using System.Text.Json;
using Dapper;
using NewsClaims.Storage;

namespace NewsClaims.App.Benchmarks;

/// <summary>The reconciliation half of the seed dev check, over the scratch store the entity half filled: one story, the expected
/// groups with their verdicts and flags and no other flags, and every seed resting on one primary source.</summary>
/// <remarks>Expectations are "reconciliation" in quality/seed-analysis.json.</remarks>
internal static class SeedReconcileCheck
{
    public static void Compare(JsonElement expected, Database database, List<string> problems, List<string> found)
    {
        using var c = database.Connect();
        var stories = c.ExecuteScalar<int>("SELECT COUNT(DISTINCT story_id) FROM story_articles;");
        if (stories != expected.GetProperty("stories").GetInt32())
            problems.Add($"reconcile: {stories} stories, expected {expected.GetProperty("stories").GetInt32()}");
        var groups = c.Query<(long Id, string Attribute, string Verdict, int Articles, string? Flag)>("""
            SELECT g.id, g.attribute, g.verdict,
                   (SELECT COUNT(DISTINCT k.article_id) FROM group_claims gc JOIN claims k ON k.id = gc.claim_id WHERE gc.group_id = g.id),
                   (SELECT d.kind || '/' || d.severity FROM discrepancies d WHERE d.group_id = g.id AND d.active = 1)
            FROM claim_groups g ORDER BY g.id;
            """).ToList();
        var wanted = expected.GetProperty("groups").EnumerateArray().ToList();
        foreach (var w in wanted)
        {
            var attribute = w.GetProperty("attribute").GetString()!;
            var verdict = w.GetProperty("verdict").GetString()!;
            var articles = w.GetProperty("articles").GetInt32();
            var flag = w.TryGetProperty("flag", out var f) ? f.GetString() : null;
            var g = groups.Where(x => x.Attribute == attribute).ToList();
            if (g.Count != 1)
                problems.Add($"reconcile: {g.Count} groups on {attribute}, expected one");
            else if (g[0].Verdict != verdict || g[0].Articles != articles || g[0].Flag != flag)
                problems.Add($"reconcile: {attribute} is {g[0].Verdict} over {g[0].Articles} seeds, flag {g[0].Flag ?? "none"}; " +
                             $"expected {verdict} over {articles}, flag {flag ?? "none"}");
            else
                found.Add($"reconcile: {attribute}: {verdict} over {articles} seeds{(flag is null ? ", not flagged" : $", flagged {flag}")}");
        }
        foreach (var extra in groups.Where(x => x.Flag is not null && wanted.All(w => w.GetProperty("attribute").GetString() != x.Attribute)))
            problems.Add($"reconcile: {extra.Attribute} flagged {extra.Flag}, not expected");

        var source = expected.GetProperty("primary_source").GetString()!;
        var keys = c.Query<(string? Key, string? Reason)>("SELECT source_key, source_reason FROM story_articles ORDER BY article_id;").ToList();
        var sourceKey = c.ExecuteScalar<string?>("""
            SELECT 'entity:' || id FROM entities WHERE name = @source AND merged_into IS NULL;
            """, new { source });
        if (keys.Any(k => k.Key != sourceKey))
            problems.Add($"reconcile: seeds rest on {string.Join(", ", keys.Select(k => k.Reason))}; expected all on {source}");
        else
            found.Add($"reconcile: all {keys.Count} seeds rest on {source} ({string.Join("; ", keys.Select(k => k.Reason).Distinct())})");
    }
}
