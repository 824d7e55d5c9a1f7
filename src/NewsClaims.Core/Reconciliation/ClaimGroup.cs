namespace NewsClaims.Core.Reconciliation;

/// <summary>What reconciliation concludes of a claim group.</summary>
public enum Verdict
{
    /// <summary>The values agree.</summary>
    Corroborated,
    /// <summary>One value lies inside the other, stated at another precision ("Nov. 14" and "November 2025").</summary>
    PrecisionDifference,
    /// <summary>The values agree, but one outlet states as fact what another calls expected, planned, possible or denied.</summary>
    ModalityDifference,
    /// <summary>A later report revises an earlier value (a rising toll).</summary>
    Update,
    /// <summary>The values cannot both be true.</summary>
    Discrepancy,
}

/// <summary>A flag for a reviewer: the kind ("value" or "modality"), how severe, and why.</summary>
public sealed record Discrepancy(string Kind, string Severity, string Explanation);

/// <summary>Claims from different articles of one story about one thing: same attribute, matching entities, compatible period.</summary>
/// <param name="Key">Names the group across re-runs (story anchor, attribute, subject, period), so reviews stay attached.</param>
/// <param name="IndependentSources">How many independent sources the group's claims rest on.</param>
public sealed record ClaimGroup(
    string Key, string Attribute, long? Subject, string? TimeScope, IReadOnlyList<long> Claims, Verdict Verdict, int IndependentSources,
    string Explanation, Discrepancy? Discrepancy);

/// <summary>The names the store and the output use for verdicts.</summary>
public static class VerdictNames
{
    public static string Of(Verdict v) => v switch
    {
        Verdict.Corroborated => "corroborated",
        Verdict.PrecisionDifference => "precision difference",
        Verdict.ModalityDifference => "modality difference",
        Verdict.Update => "update",
        _ => "discrepancy",
    };
}
