using NewsClaims.Core.Analysis.Claims;
using NewsClaims.Core.Analysis.Dates;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Figures;

namespace NewsClaims.Core.Analysis;

/// <summary>What the analysis found in one text: its figures and temporal expressions, resolved against the publication date,
/// the entities it names, the claims they make, and the source it mainly credits.</summary>
/// <param name="PrimarySource">Index of the entity mention of the outlet or body the text credits most as a report, or null.</param>
/// <param name="Text">The text analysed: every offset points into it.</param>
/// <param name="CitesUnnamedReports">The text credits reports it does not name ("according to reports").</param>
public sealed record TextAnalysis(
    DateOnly Published, IReadOnlyList<Figure> Figures, IReadOnlyList<TemporalExpression> Dates, IReadOnlyList<EntityMention> Entities,
    IReadOnlyList<Claim> Claims, int? PrimarySource, bool CitesUnnamedReports, string Text);
