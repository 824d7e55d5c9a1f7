using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Claims;

/// <summary>Finds whom a sentence credits: "according to The Post", "as reported by Reuters", "Kelly said", "said Kelly",
/// "told The Post", "reportedly", "the report said".</summary>
internal static class AttributionFinder
{
    private static readonly string[] Verbs =
        ["said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "stated", "states", "confirmed",
         "confirms", "estimated", "estimates", "wrote", "writes", "added", "noted", "disclosed", "revealed", "claimed", "claims"];

    private static readonly string[] ReportWords = ["report", "reports", "reporting", "media", "press"];

    /// <param name="mentionAt">For each token, the index of the entity mention that covers it, or -1.</param>
    public static Attribution? Find(TokenizedText t, int start, int end, int[] mentionAt, IReadOnlyList<EntityMention> mentions)
    {
        Attribution? unnamed = null;
        for (var i = start; i < end; i++)
        {
            if (!t.IsWord(i))
                continue;
            // "according to X", "as reported by X", "reported by X"
            var after = t.Is(i, "according") && t.Is(i + 1, "to") ? i + 2
                : t.Is(i, "reported") && t.Is(i + 1, "by") ? i + 2
                : -1;
            if (after >= 0)
            {
                if (Named(t, after, end, mentionAt, mentions) is { } named)
                    return named;
                unnamed ??= Unnamed(t, after, end);
                continue;
            }
            if (t.IsAny(i, "reportedly", "allegedly"))
            {
                unnamed ??= new Attribution("reports", null, true);
                continue;
            }
            // "United States" is a name, not a verb: verbs are lower case and outside names.
            if (!t.IsAny(i, Verbs) || mentionAt[i] >= 0 || (t[i].Has(TokenFlags.Capitalised) && i != start))
                continue;
            // "X said", "X has said", "X told": the mention ending right before the verb (an auxiliary may sit between).
            var before = t.IsAny(i - 1, "has", "had", "have", "also", "later", "previously") ? i - 2 : i - 1;
            if (before >= start && mentionAt[before] >= 0)
            {
                var m = mentions[mentionAt[before]];
                // "the executive told The Post": an unnamed speaker through a named outlet; the outlet is the source we can check.
                return new Attribution(m.Canonical, mentionAt[before], m.Type == EntityType.Outlet);
            }
            if (before >= start && t.IsAny(before, ReportWords))
            {
                unnamed ??= new Attribution("reports", null, true);
                continue;
            }
            // "said Kelly", "told The Post", "told Reuters"
            var next = t.Is(i + 1, "the") ? i + 2 : i + 1;
            if (next < end && mentionAt[next] >= 0)
            {
                var m = mentions[mentionAt[next]];
                if (t.IsAny(i, "told", "tells") && m.Type != EntityType.Outlet)
                    continue; // "told Congress": the hearer, not the source
                return new Attribution(m.Canonical, mentionAt[next], m.Type == EntityType.Outlet);
            }
        }
        return unnamed;
    }

    private static Attribution? Named(TokenizedText t, int i, int end, int[] mentionAt, IReadOnlyList<EntityMention> mentions)
    {
        if (t.IsAny(i, "the", "a", "an") && i + 1 < end && mentionAt[i + 1] >= 0 && mentionAt[i] < 0)
            i++;
        if (i >= end || mentionAt[i] < 0)
            return null;
        var m = mentions[mentionAt[i]];
        return new Attribution(m.Canonical, mentionAt[i], m.Type == EntityType.Outlet);
    }

    private static Attribution? Unnamed(TokenizedText t, int i, int end)
    {
        var last = i;
        while (last + 1 < end && last - i < 5 && t.IsWord(last + 1))
            last++;
        if (i >= end || !t.IsWord(i))
            return null;
        var text = t.TextOf(i, last);
        var reporting = false;
        for (var k = i; k <= last; k++)
            reporting |= t.IsAny(k, ReportWords);
        return new Attribution(text, null, reporting);
    }
}
