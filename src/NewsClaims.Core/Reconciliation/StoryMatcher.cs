namespace NewsClaims.Core.Reconciliation;

/// <summary>What a story matcher compares of an article: when it appeared, the people and organisations it names, its main words.</summary>
public sealed record StorySignature(long ArticleId, DateTimeOffset Published, IReadOnlySet<long> Entities, IReadOnlySet<string> Terms);

/// <summary>Decides which story a new article belongs to: the story holding the article most like it within the time window, when
/// that likeness (shared names first, shared words second) clears the bar; otherwise the article starts a story of its own.</summary>
public static class StoryMatcher
{
    /// <summary>Articles further apart than this are not one story, whatever they share.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    // Below this, two articles that share a name or two are about different events of the same people.
    private const double Bar = 0.4;

    /// <summary>How alike two articles are, 0 to 1: the overlap of their entities weighs 0.6, of their main words 0.4; without
    /// a shared entity only near-identical wording counts.</summary>
    public static double Similarity(StorySignature a, StorySignature b)
    {
        if ((a.Published - b.Published).Duration() > Window)
            return 0;
        var entities = TextSignature.Overlap(a.Entities, b.Entities);
        var terms = TextSignature.Overlap(a.Terms, b.Terms);
        if (entities == 0)
            return terms >= 0.7 ? terms * 0.6 : 0;
        return 0.6 * entities + 0.4 * terms;
    }

    /// <summary>The story to join and how alike its closest article is, or null when no candidate clears the bar.</summary>
    /// <param name="candidates">Articles already in stories, with their story ids.</param>
    public static (long Story, double Score)? Best(StorySignature article, IEnumerable<(long Story, StorySignature Article)> candidates)
    {
        (long, double)? best = null;
        foreach (var (story, other) in candidates)
        {
            var score = Similarity(article, other);
            if (score >= Bar && (best is null || score > best.Value.Item2 || (score == best.Value.Item2 && story < best.Value.Item1)))
                best = (story, score);
        }
        return best;
    }
}
