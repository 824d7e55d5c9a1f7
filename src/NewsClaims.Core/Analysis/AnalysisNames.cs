using NewsClaims.Core.Analysis.Dates;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Figures;

namespace NewsClaims.Core.Analysis;

/// <summary>The words the JSON output and the store use for kinds, qualifiers, directions and date types: one vocabulary for both.</summary>
public static class AnalysisNames
{
    public static string Of(FigureKind k) => k.ToString().ToLowerInvariant();

    public static string Of(Qualifier q) => q switch
    {
        Qualifier.AtLeast => "atLeast",
        Qualifier.AtMost => "atMost",
        _ => q.ToString().ToLowerInvariant(),
    };

    public static string Of(Claims.Modality m) => m.ToString().ToLowerInvariant();

    public static string Of(ChangeDirection d) => d.ToString().ToLowerInvariant();

    public static string Of(TemporalType t) => t.ToString().ToUpperInvariant();

    public static string Of(Granularity g) => g.ToString().ToLowerInvariant();

    public static string Of(EntityType e) => e switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOCATION",
        _ => "OUTLET",
    };

    /// <summary>The entity type a stored or printed name stands for; the inverse of <see cref="Of(EntityType)"/>.</summary>
    public static EntityType EntityTypeOf(string name) => name switch
    {
        "PERSON" => EntityType.Person,
        "LOCATION" => EntityType.Location,
        "OUTLET" => EntityType.Outlet,
        "ORG" => EntityType.Organization,
        _ => throw new ArgumentException($"unknown entity type '{name}' (PERSON, ORG, LOCATION, OUTLET)", nameof(name)),
    };

    public static string IsoDate(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
