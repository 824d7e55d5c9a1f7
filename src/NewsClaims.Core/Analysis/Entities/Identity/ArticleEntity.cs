namespace NewsClaims.Core.Analysis.Entities.Identity;

/// <summary>One entity as a single article knows it: its mentions (by index into the analysis), its fullest name there, and
/// the keys by which it may be matched to the same entity in other articles, best first.</summary>
/// <param name="Key">The normalised fullest name: what a reviewer's correction for this article is pinned to.</param>
/// <param name="MatchKeys">Keys safe to match across articles. Empty for a person known only by one word: two articles'
/// "Kelly" are not one person until a reviewer says so.</param>
public sealed record ArticleEntity(
    EntityType Type, string Name, string Key, IReadOnlyList<string> MatchKeys, IReadOnlyList<int> Mentions)
{
    /// <summary>The article's entities: mentions that share a canonical name and type family are one entity.</summary>
    public static IReadOnlyList<ArticleEntity> Group(IReadOnlyList<EntityMention> mentions)
    {
        var groups = new Dictionary<(string Family, string Canonical), List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var id = (EntityKeys.Family(m.Type), m.Canonical);
            if (!groups.TryGetValue(id, out var list))
                groups[id] = list = [];
            list.Add(i);
        }
        return groups.Select(g => Build(g.Key.Canonical, g.Value, mentions)).ToList();
    }

    private static ArticleEntity Build(string canonical, List<int> indexes, IReadOnlyList<EntityMention> mentions)
    {
        // The type most mentions carry; outlets win ties, since an outlet is the more specific kind of organisation.
        var type = indexes.GroupBy(i => mentions[i].Type)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key == EntityType.Outlet)
            .First().Key;
        var key = EntityKeys.Normalize(canonical);
        var keys = new List<string>();
        if (type != EntityType.Person || EntityKeys.WordCount(canonical) >= 2)
            keys.Add(key);
        if (type is EntityType.Organization or EntityType.Outlet)
        {
            // An acronym the article used for this name (USPS for US Postal Service), then the one its initials make.
            var initials = EntityKeys.AcronymOf(canonical);
            foreach (var text in indexes.Select(i => mentions[i].Text).Distinct())
                if (EntityKeys.IsAcronym(text) && text.Replace(".", "", StringComparison.Ordinal) == initials)
                    keys.Add(EntityKeys.Normalize(text));
            // Two letters are too often someone else's initials to match on unseen.
            if (initials is { Length: >= 3 })
                keys.Add(EntityKeys.Normalize(initials));
        }
        return new ArticleEntity(type, canonical, key, keys.Distinct().ToList(), indexes);
    }
}
