using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Claims;

namespace NewsClaims.Core.Reconciliation;

/// <summary>Judges a claim group: compares every pair of claims from different articles and keeps the strongest finding —
/// a discrepancy, then an update, a modality difference, a precision difference, else corroboration.</summary>
public static class Verdicts
{
    /// <summary>How two values relate.</summary>
    public enum Relation
    {
        Same,
        Overlap,
        Nested,
        Disjoint,
    }

    // Counts that only grow as a story unfolds: a higher later figure revises, it does not contradict.
    private static readonly HashSet<string> Cumulative = new(StringComparer.Ordinal)
    {
        "deaths", "injured", "arrests", "evacuated", "cases", "homes", "power outages", "flights cancelled", "votes", "damage", "missing",
    };

    // Words with which a later report says it revises a figure.
    private static readonly string[] RevisionWords =
        ["rose to", "risen to", "climbed to", "increased to", "revised", "updated", "now stands", "has reached", "jumped to", "grew to",
         "fell to", "dropped to", "lowered", "raised its", "latest"];

    /// <param name="published">Each article's publication time, by article id.</param>
    /// <param name="outlet">Each article's outlet name, by article id.</param>
    public static (Verdict Verdict, string Explanation, Discrepancy? Discrepancy) Judge(
        IReadOnlyList<ClaimFacts> group, IReadOnlyDictionary<long, DateTimeOffset> published, IReadOnlyDictionary<long, string> outlet,
        IReadOnlyDictionary<long, string> sourceOf)
    {
        var disagree = new List<(ClaimFacts A, ClaimFacts B)>();
        var updates = new List<(ClaimFacts Earlier, ClaimFacts Later)>();
        var modality = new List<(ClaimFacts A, ClaimFacts B)>();
        var nested = false;
        for (var i = 0; i < group.Count; i++)
            for (var j = i + 1; j < group.Count; j++)
            {
                var (a, b) = (group[i], group[j]);
                if (a.ArticleId == b.ArticleId)
                    continue;
                var relation = Compare(a, b);
                if (relation == Relation.Disjoint)
                {
                    var (earlier, later) = published[a.ArticleId] <= published[b.ArticleId] ? (a, b) : (b, a);
                    if (IsUpdate(earlier, later, published))
                        updates.Add((earlier, later));
                    else
                        disagree.Add((a, b));
                    continue;
                }
                nested |= relation == Relation.Nested;
                if (Firm(a.Modality) != Firm(b.Modality) || (a.Modality == Modality.Denied) != (b.Modality == Modality.Denied))
                    modality.Add((a, b));
            }

        var sources = group.Select(c => sourceOf[c.Id]).Distinct().Count();
        string Say(ClaimFacts c) => $"{outlet[c.ArticleId]}: {c.ValueWords} ({AnalysisNames.Of(c.Modality)})";
        if (disagree.Count > 0)
        {
            var (a, b) = disagree.MaxBy(p => Gap(p.A, p.B))!;
            var sides = Sides(group, a, b);
            var perSide = sides.Select(s => s.Select(c => sourceOf[c.Id]).Distinct().Count()).ToList();
            var severity = Severity(Gap(a, b), a.Kind is "date", perSide.Min() >= 2);
            var why = $"{Say(a)} vs {Say(b)}; independent sources on each side: {perSide[0]} vs {perSide[1]}";
            return (Verdict.Discrepancy, why, new Discrepancy("value", severity, why));
        }
        if (updates.Count > 0)
        {
            var first = updates.MinBy(u => published[u.Earlier.ArticleId])!.Earlier;
            var last = updates.MaxBy(u => published[u.Later.ArticleId])!.Later;
            return (Verdict.Update, $"revised over time: {Say(first)} then {Say(last)}", null);
        }
        if (modality.Count > 0)
        {
            var (a, b) = modality[0];
            var asserted = group.Where(c => Firm(c.Modality)).Select(c => outlet[c.ArticleId]).Distinct().ToList();
            var hedged = group.Where(c => !Firm(c.Modality)).Select(c => $"{outlet[c.ArticleId]} calls it {AnalysisNames.Of(c.Modality)}").Distinct().ToList();
            var why = $"the values agree, but {string.Join(" and ", asserted)} state{(asserted.Count == 1 ? "s" : "")} it as fact while " +
                      $"{string.Join(" and ", hedged)}: {Say(a)}; {Say(b)}";
            return (Verdict.ModalityDifference, why, new Discrepancy("modality", "low", why));
        }
        if (nested)
        {
            var precise = group.MinBy(c => Width(c))!;
            return (Verdict.PrecisionDifference, $"compatible at different precision; the most precise: {Say(precise)}", null);
        }
        return (Verdict.Corroborated,
            $"{group.Select(c => c.ArticleId).Distinct().Count()} articles agree on {group[0].ValueWords}, resting on {sources} independent source(s)",
            null);
    }

    /// <summary>How two claims' values relate: the same stated value, overlapping, one inside the other, or disjoint.</summary>
    public static Relation Compare(ClaimFacts a, ClaimFacts b)
    {
        if (a.ValueText is not null && a.ValueText == b.ValueText)
            return Relation.Same;
        if (a.Number is not null && a.Number == b.Number && a.Unit == b.Unit)
            return Relation.Same;
        double aLow = a.Low ?? double.NegativeInfinity, aHigh = a.High ?? double.PositiveInfinity;
        double bLow = b.Low ?? double.NegativeInfinity, bHigh = b.High ?? double.PositiveInfinity;
        if (a.Low is null && a.High is null && b.Low is null && b.High is null)
            return Relation.Overlap; // nothing to compare: no verdict either way
        if (aHigh < bLow || bHigh < aLow)
            return Relation.Disjoint;
        var aInB = aLow >= bLow && aHigh <= bHigh;
        var bInA = bLow >= aLow && bHigh <= aHigh;
        return aInB != bInA ? Relation.Nested : Relation.Overlap;
    }

    private static bool IsUpdate(ClaimFacts earlier, ClaimFacts later, IReadOnlyDictionary<long, DateTimeOffset> published)
    {
        if (published[later.ArticleId] <= published[earlier.ArticleId])
            return false;
        if (RevisionWords.Any(w => later.Evidence.Contains(w, StringComparison.OrdinalIgnoreCase)))
            return true;
        return Cumulative.Contains(later.Attribute!) && (later.Low ?? 0) > (earlier.High ?? double.PositiveInfinity);
    }

    // Asserted and denied are firm statements; expected, planned and possible all hedge, and differ from each other only in degree.
    private static bool Firm(Modality m) => m is Modality.Asserted or Modality.Denied;

    /// <summary>The gap between two disjoint values, relative to their size for figures, in days for dates.</summary>
    private static double Gap(ClaimFacts a, ClaimFacts b)
    {
        var (lo, hi) = (a.High ?? double.PositiveInfinity) < (b.Low ?? double.NegativeInfinity) ? (a, b) : (b, a);
        var gap = (hi.Low ?? 0) - (lo.High ?? 0);
        if (a.Kind is "date")
            return gap;
        var scale = Math.Max(Math.Abs(hi.Low ?? 0), Math.Abs(lo.High ?? 0));
        return scale == 0 ? 0 : gap / scale;
    }

    private static string Severity(double gap, bool days, bool bothSidesCorroborated)
    {
        var level = days ? gap switch { <= 2 => 0, <= 31 => 1, _ => 2 } : gap switch { < 0.1 => 0, < 0.35 => 1, _ => 2 };
        if (bothSidesCorroborated)
            level++;
        return level switch { 0 => "low", 1 => "medium", _ => "high" };
    }

    /// <summary>The two positions of a disagreement: the claims whose values agree with one end of the widest gap and not the other
    /// (a claim compatible with both, like "April" between "14 April" and "21 April", takes no side).</summary>
    private static List<List<ClaimFacts>> Sides(IReadOnlyList<ClaimFacts> group, ClaimFacts a, ClaimFacts b) =>
    [
        group.Where(c => Compare(c, a) != Relation.Disjoint && Compare(c, b) == Relation.Disjoint).ToList(),
        group.Where(c => Compare(c, b) != Relation.Disjoint && Compare(c, a) == Relation.Disjoint).ToList(),
    ];

    private static double Width(ClaimFacts c) => (c.High ?? double.PositiveInfinity) - (c.Low ?? double.NegativeInfinity);
}
