using System.Diagnostics;
using NewsClaims.Core.Analysis.Claims;
using NewsClaims.Core.Reconciliation;

namespace NewsClaims.App.Benchmarks;

/// <summary>Times reconciliation on generated stories (fixed seed): placing every article in a story through an entity index, as
/// the reconcile stage does, then judging every story; then adding single articles, each placed and its story judged again.</summary>
internal static class ReconcileBenchmark
{
    public sealed record Result(int Articles, int Claims, int Stories, int Groups, int Flagged, double PlaceSeconds, double JudgeSeconds,
        double AddMedianMs, double AddMaxMs);

    private static readonly string[] Attributes = ["revenue", "loss", "job cuts", "deaths", "cost", "price change", "employees", "funding", "meeting", "launch"];
    private static readonly string[] Words =
        ["council", "budget", "harbour", "strike", "union", "factory", "ferry", "storm", "election", "airport", "contract", "merger",
         "tariff", "bridge", "hospital", "school", "railway", "pension", "drought", "harvest", "reactor", "mine", "festival", "court"];

    public static Result Run(int articles, int claimsPerArticle, int articlesPerStory, int additions)
    {
        var random = new Random(20261121);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var storyCount = articles / articlesPerStory;
        var facts = new List<ArticleFacts>(articles);
        var signatures = new List<StorySignature>(articles);
        long claimId = 0;
        for (var i = 0; i < articles; i++)
        {
            var story = i % storyCount;
            var published = start + TimeSpan.FromHours(story * 3 + random.Next(0, 48));
            var (article, signature) = Make(i + 1, story, published, claimsPerArticle, random, ref claimId);
            facts.Add(article);
            signatures.Add(signature);
        }

        // Place: each article looks up candidates by its entities, as ReconcileStore.Candidates does with its index.
        var byEntity = new Dictionary<long, List<(long Story, StorySignature Article)>>();
        var members = new Dictionary<long, List<ArticleFacts>>();
        var watch = Stopwatch.StartNew();
        foreach (var (article, signature) in facts.Zip(signatures))
            Place(article, signature, byEntity, members);
        var place = watch.Elapsed.TotalSeconds;

        watch.Restart();
        int groups = 0, flagged = 0;
        foreach (var (id, list) in members)
        {
            var r = StoryReconciler.Reconcile(list[0].Id, list);
            groups += r.Groups.Count;
            flagged += r.Groups.Count(g => g.Discrepancy is not null);
        }
        var judge = watch.Elapsed.TotalSeconds;

        var times = new List<double>();
        for (var k = 0; k < additions; k++)
        {
            var story = random.Next(storyCount);
            var published = start + TimeSpan.FromHours(story * 3 + random.Next(0, 48));
            var (article, signature) = Make(articles + k + 1, story, published, claimsPerArticle, random, ref claimId);
            watch.Restart();
            var home = Place(article, signature, byEntity, members);
            StoryReconciler.Reconcile(members[home][0].Id, members[home]);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Result(articles, articles * claimsPerArticle, members.Count, groups, flagged, place, judge,
            times.Count == 0 ? 0 : times[times.Count / 2], times.Count == 0 ? 0 : times[^1]);
    }

    private static long Place(ArticleFacts article, StorySignature signature, Dictionary<long, List<(long, StorySignature)>> byEntity,
        Dictionary<long, List<ArticleFacts>> members)
    {
        var candidates = signature.Entities.SelectMany(e => byEntity.TryGetValue(e, out var l) ? l : []).Distinct();
        var best = StoryMatcher.Best(signature, candidates);
        var story = best?.Story ?? article.Id;
        if (!members.TryGetValue(story, out var list))
            members[story] = list = [];
        list.Add(article);
        foreach (var e in signature.Entities)
        {
            if (!byEntity.TryGetValue(e, out var l))
                byEntity[e] = l = [];
            l.Add((story, signature));
        }
        return story;
    }

    private static (ArticleFacts, StorySignature) Make(long id, int story, DateTimeOffset published, int claims, Random random, ref long claimId)
    {
        // Three people or organisations of its own per story, and one of twenty shared by many stories (a government, say).
        var entities = new HashSet<long> { 1_000 + story * 3L, 1_001 + story * 3L, 1_002 + story * 3L, random.Next(20) };
        var words = Enumerable.Range(0, 60).Select(_ => Words[(story + random.Next(4)) % Words.Length] + (story % 97).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var text = string.Join(' ', words);
        var list = new List<ClaimFacts>(claims);
        for (var k = 0; k < claims; k++)
        {
            var attribute = Attributes[k % Attributes.Length];
            // Most outlets agree; one in eight states another figure.
            var value = 1000.0 * (story % 50 + k + 1) * (random.Next(8) == 0 ? 1.5 : 1);
            list.Add(new ClaimFacts(++claimId, id, "count", attribute, 1_000 + story * 3L, entities, null, value * 0.99, value * 1.01, value,
                null, "2026", random.Next(5) == 0 ? Modality.Expected : Modality.Asserted, null, $"{attribute} was {value}", $"{value}"));
        }
        var article = new ArticleFacts(id, random.Next(40), $"outlet {id % 40}", published, null, null, false, text, list);
        return (article, new StorySignature(id, published, entities, TextSignature.Terms(text)));
    }
}
