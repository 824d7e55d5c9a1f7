using NewsClaims.Core.Analysis.Dates;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Figures;

namespace NewsClaims.Core.Analysis;

/// <summary>What the analysis found in one text: its figures and temporal expressions, resolved against the publication date,
/// and the entities it names.</summary>
public sealed record TextAnalysis(
    DateOnly Published, IReadOnlyList<Figure> Figures, IReadOnlyList<TemporalExpression> Dates, IReadOnlyList<EntityMention> Entities);
