using Dapper;
using Microsoft.Data.Sqlite;
using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Claims;

namespace NewsClaims.Storage.Claims;

/// <summary>Writes an analysis's claims and the entity mentions of their sentences, inside the transaction that saves the analysis.</summary>
internal static class ClaimRows
{
    public static void Insert(SqliteConnection c, SqliteTransaction t, long articleId, TextAnalysis analysis)
    {
        for (var i = 0; i < analysis.Claims.Count; i++)
        {
            var claim = analysis.Claims[i];
            var v = ClaimValue.Of(claim);
            var id = c.ExecuteScalar<long>("""
                INSERT INTO claims (article_id, ordinal, kind, attribute, subject_mention, value, value_max, value_text, unit, low, high,
                    qualifier, modality, time_scope, attribution, attribution_mention, value_words, evidence, evidence_start, start, "end")
                VALUES (@articleId, @i, @Kind, @Attribute, @Subject, @Value, @ValueMax, @ValueText, @Unit, @Low, @High,
                    @Qualifier, @Modality, @TimeScope, @Attribution, @AttributionMention, @ValueWords, @Evidence, @EvidenceStart, @Start, @End)
                RETURNING id;
                """, new
            {
                articleId, i, claim.Kind, claim.Attribute, claim.Subject, Value = (double?)v.Number, ValueMax = (double?)v.NumberMax,
                ValueText = v.Text, v.Unit, v.Low, v.High, v.Qualifier, Modality = AnalysisNames.Of(claim.Modality), claim.TimeScope,
                Attribution = claim.Attribution?.Text, AttributionMention = claim.Attribution?.Mention,
                ValueWords = analysis.Text[claim.Start..claim.End], Evidence = analysis.Text[claim.EvidenceStart..claim.EvidenceEnd],
                claim.EvidenceStart, claim.Start, claim.End,
            }, t);
            c.Execute("INSERT OR IGNORE INTO claim_entities (claim_id, mention) VALUES (@id, @mention);",
                claim.Entities.Select(m => new { id, mention = m }), t);
        }
    }
}
