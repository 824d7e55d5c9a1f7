namespace NewsClaims.Core.Reconciliation;

/// <summary>Everything reconciliation concludes about one story: which source each article rests on, and its claim groups.</summary>
public sealed record StoryResult(IReadOnlyList<ArticleSource> Sources, IReadOnlyList<ClaimGroup> Groups);

/// <summary>Reconciles one story: resolves its articles' sources, groups their claims and judges each group. A story is small, so
/// a new article re-judges its own story only; the rest of the store is untouched.</summary>
public static class StoryReconciler
{
    /// <param name="anchor">The story's first article id: group keys start with it so reviews stay attached across re-runs.</param>
    public static StoryResult Reconcile(long anchor, IReadOnlyList<ArticleFacts> articles)
    {
        var sources = SourceIndependence.Resolve(articles);
        var published = articles.ToDictionary(a => a.Id, a => a.Published);
        var outlet = articles.ToDictionary(a => a.Id, a => a.Outlet);
        var claimSource = SourceIndependence.ClaimKeys(articles, sources);
        var groups = new List<ClaimGroup>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var members in ClaimGrouper.Group(articles))
        {
            var (verdict, explanation, discrepancy) = Verdicts.Judge(members, published, outlet, claimSource);
            var subject = members.Where(c => c.Subject is not null).GroupBy(c => c.Subject).OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key).FirstOrDefault()?.Key;
            var scope = members.Select(c => c.TimeScope).FirstOrDefault(s => s is not null and not "annual")
                        ?? members.Select(c => c.TimeScope).FirstOrDefault(s => s is not null);
            var baseKey = $"{anchor}|{members[0].Attribute}|{subject?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}|{scope ?? "-"}|{members[0].Kind}";
            // Two groups of one story with the same attribute, subject and period (different units, say) keep distinct keys.
            var key = baseKey;
            for (var n = 2; !keys.Add(key); n++)
                key = $"{baseKey}#{n}";
            groups.Add(new ClaimGroup(key, members[0].Attribute!, subject, scope, members.Select(c => c.Id).ToList(), verdict,
                members.Select(c => claimSource[c.Id]).Distinct().Count(), explanation, discrepancy));
        }
        return new StoryResult(sources, groups);
    }
}
