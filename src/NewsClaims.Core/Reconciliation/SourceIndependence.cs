namespace NewsClaims.Core.Reconciliation;

/// <summary>Which source an article's reporting rests on, and why: a key that articles resting on one source share.</summary>
/// <param name="Key">"entity:ID" for a credited outlet or body, "outlet:ID" for an outlet's own reporting.</param>
/// <param name="CopyOf">The article this one copies (syndicated or translated), or null.</param>
public sealed record ArticleSource(long ArticleId, string Key, string Reason, long? CopyOf);

/// <summary>Works out which articles of a story count as one source: syndicated copies (shared wording), translated or rewritten
/// copies (the same figures and dates in the same order), and articles that all credit one primary report.</summary>
public static class SourceIndependence
{
    // Share of the shorter text's five-word runs found in the other: beyond this the texts are one text.
    private const double SyndicatedOverlap = 0.5;
    // Share of the shorter claim sequence found in order in the other, over at least this many values.
    private const double SameValuesShare = 0.8;
    private const int SameValuesAtLeast = 4;

    public static IReadOnlyList<ArticleSource> Resolve(IReadOnlyList<ArticleFacts> story)
    {
        var ordered = story.OrderBy(a => a.Published).ThenBy(a => a.Id).ToList();
        var shingles = ordered.ToDictionary(a => a.Id, a => TextSignature.Shingles(a.Text));
        var named = ordered.Where(a => a.PrimarySource is not null).Select(a => (a.PrimarySource!.Value, a.PrimarySourceName)).Distinct().ToList();
        var result = new Dictionary<long, ArticleSource>();
        foreach (var a in ordered)
        {
            result[a.Id] = CopyOfEarlier(a, ordered, shingles, result)
                ?? (a.PrimarySource is { } p
                    ? new ArticleSource(a.Id, $"entity:{p}", $"credits {a.PrimarySourceName}", null)
                    : a.CitesUnnamedReports && named.Count == 1
                        ? new ArticleSource(a.Id, $"entity:{named[0].Item1}",
                            $"credits unnamed reports; the story's other articles credit {named[0].Item2}", null)
                        : new ArticleSource(a.Id, $"outlet:{a.OutletId}", $"{a.Outlet}'s own reporting", null));
        }
        return story.Select(a => result[a.Id]).ToList();
    }

    /// <summary>The key each claim counts under: the source its sentence credits, else its article's source; a copy's claim
    /// counts under its original's claim of the same value, since the copy's wording of the credit may differ.</summary>
    public static Dictionary<long, string> ClaimKeys(IReadOnlyList<ArticleFacts> story, IReadOnlyList<ArticleSource> sources)
    {
        var sourceOf = sources.ToDictionary(s => s.ArticleId);
        var byId = story.ToDictionary(a => a.Id);
        var keys = new Dictionary<long, string>();
        foreach (var a in story.OrderBy(a => a.Published).ThenBy(a => a.Id))
        {
            var source = sourceOf[a.Id];
            var original = source.CopyOf is { } o && byId.TryGetValue(o, out var oa) ? oa : null;
            foreach (var c in a.Claims)
            {
                var twin = original?.Claims.FirstOrDefault(x => Value(x) == Value(c) && keys.ContainsKey(x.Id));
                keys[c.Id] = twin is not null ? keys[twin.Id] : c.Source is { } s ? $"entity:{s}" : source.Key;
            }
        }
        return keys;
    }

    private static ArticleSource? CopyOfEarlier(ArticleFacts a, List<ArticleFacts> ordered, Dictionary<long, HashSet<ulong>> shingles,
        Dictionary<long, ArticleSource> done)
    {
        foreach (var earlier in ordered)
        {
            if (earlier.Id == a.Id)
                break;
            var original = done[earlier.Id];
            var overlap = TextSignature.Overlap(shingles[a.Id], shingles[earlier.Id]);
            if (overlap >= SyndicatedOverlap)
                return new ArticleSource(a.Id, original.Key,
                    $"syndicated copy of article {earlier.Id} ({earlier.Outlet}): {overlap:P0} of the wording is shared", earlier.Id);
            var (same, of) = SameValuesInOrder(a, earlier);
            if (of >= SameValuesAtLeast && same >= SameValuesShare * of)
                return new ArticleSource(a.Id, original.Key,
                    $"translated or rewritten copy of article {earlier.Id} ({earlier.Outlet}): {same} of {of} figures and dates in the same order",
                    earlier.Id);
        }
        return null;
    }

    /// <summary>The longest run of claim values the two articles state in the same order, and the shorter article's claim count.</summary>
    private static (int Same, int Of) SameValuesInOrder(ArticleFacts a, ArticleFacts b)
    {
        var x = a.Claims.Select(Value).ToList();
        var y = b.Claims.Select(Value).ToList();
        var lcs = new int[x.Count + 1, y.Count + 1];
        for (var i = 1; i <= x.Count; i++)
            for (var j = 1; j <= y.Count; j++)
                lcs[i, j] = x[i - 1] == y[j - 1] ? lcs[i - 1, j - 1] + 1 : Math.Max(lcs[i - 1, j], lcs[i, j - 1]);
        return (lcs[x.Count, y.Count], Math.Min(x.Count, y.Count));
    }

    private static string Value(ClaimFacts c) => c.ValueText ?? $"{c.Number}|{c.Low}|{c.High}|{c.Unit}";
}
