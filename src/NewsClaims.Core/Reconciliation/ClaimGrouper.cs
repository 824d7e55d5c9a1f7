namespace NewsClaims.Core.Reconciliation;

/// <summary>Lines up a story's claims: those with the same attribute and kind of value, matching entities and a compatible period
/// form a group; a group needs claims from two articles at least.</summary>
public static class ClaimGrouper
{
    public static IReadOnlyList<List<ClaimFacts>> Group(IReadOnlyList<ArticleFacts> story)
    {
        var published = story.ToDictionary(a => a.Id, a => a.Published);
        var claims = story.SelectMany(a => a.Claims).Where(c => c.Attribute is not null)
            .OrderBy(c => published[c.ArticleId]).ThenBy(c => c.ArticleId).ThenBy(c => c.Id).ToList();
        var groups = new List<List<ClaimFacts>>();
        foreach (var c in claims)
        {
            var home = groups.FirstOrDefault(g => g.All(m => Compatible(m, c)));
            if (home is null)
                groups.Add([c]);
            else
                home.Add(c);
        }
        return groups.Where(g => g.Select(c => c.ArticleId).Distinct().Count() >= 2).ToList();
    }

    /// <summary>Whether two claims speak of the same thing: attribute, measure, period and entities.</summary>
    public static bool Compatible(ClaimFacts a, ClaimFacts b) =>
        a.Attribute == b.Attribute && Measure(a) == Measure(b) && CompatibleScope(a.TimeScope, b.TimeScope) && SameAbout(a, b)
        && SameOrder(a, b);

    // Outlets that disagree on a figure disagree by a margin; 52,000 passengers on a strike day and 21.4 million in a year are
    // two measures that share a noun.
    private const double MaxRatio = 20;

    private static bool SameOrder(ClaimFacts a, ClaimFacts b)
    {
        if (a.Kind is "date" or "duration" || a.Number is not { } x || b.Number is not { } y || x <= 0 || y <= 0)
            return true;
        return Math.Max(x, y) / Math.Min(x, y) <= MaxRatio;
    }

    // Money in one currency is one measure; so is a percentage, a date, a duration, a count, a quantity in one unit.
    private static string Measure(ClaimFacts c) => c.Kind is "money" or "quantity" ? $"{c.Kind}:{c.Unit}" : c.Kind;

    // "2025" and "2025-Q3" overlap, so a full-year and a quarterly figure are not told apart here: the attribute and the values are.
    private static bool CompatibleScope(string? a, string? b) =>
        a is null or "annual" || b is null or "annual" || a == b || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static bool SameAbout(ClaimFacts a, ClaimFacts b)
    {
        if (a.Entities.Count == 0 || b.Entities.Count == 0)
            return true; // "the toll rose to 41": within one story the attribute says enough
        if (a.Subject is { } sa && b.Subject is { } sb)
            return sa == sb || b.Entities.Contains(sa) || a.Entities.Contains(sb);
        return a.Entities.Overlaps(b.Entities);
    }
}
