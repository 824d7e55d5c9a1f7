namespace NewsClaims.Core.Analysis.Text;

/// <summary>Whether the sentence around a token speaks of the past (-1) or the future (+1), from the nearest tense cue; 0 when none.</summary>
public static class Tense
{
    public static int Around(TokenizedText t, int first, int last)
    {
        // "said on Tuesday it would…": a date right after a reporting verb dates the report, in the past.
        var before = t.Is(first - 1, "on") ? first - 2 : first - 1;
        if (IsReporting(t, before))
            return -1;
        // "effective Feb. 1", "as soon as Tuesday": stated ahead of time.
        if (t.Is(first - 1, "effective") || t.Is(first - 1, "as") && t.Is(first - 2, "soon"))
            return 1;
        var start = t.SentenceStart(first);
        var end = t.SentenceEnd(first);
        var best = int.MaxValue;
        var direction = 0;
        for (var i = start; i < end; i++)
        {
            if (i >= first && i <= last)
                continue;
            var cue = Cue(t, i);
            // A participle after "be" ("will be held", "is expected to be signed") takes its tense from the auxiliary.
            if (cue == 0 || cue < 0 && t.IsAny(i - 1, "be", "been", "being"))
                continue;
            // Cues before the expression govern it more often than cues after it ("will meet on Friday").
            var distance = i < first ? first - i : (i - last) + 2;
            // Reporting verbs are past whatever they report ("would be ready by Tuesday, she said"): they weigh less.
            if (cue < 0 && IsReporting(t, i))
                distance += 6;
            if (distance < best)
            {
                best = distance;
                direction = cue;
            }
        }
        return direction;
    }

    private static bool IsReporting(TokenizedText t, int i) => t.IsAny(i, "said", "told", "announced", "reported", "added", "stated");

    private static int Cue(TokenizedText t, int i)
    {
        if (!t.IsWord(i))
            return 0;
        var span = t.Span(i);
        if (span.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || span.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase))
            return 1;
        if (t.Info(i) is { } info)
        {
            // After a determiner a cue word is a noun: "the plan", "its forecast", "a set".
            if (t.IsAny(i - 1, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that"))
                return 0;
            // "next to the embassy", "due to the strike": prepositions, not the future.
            if (t.IsAny(i, "next", "due") && t.Is(i + 1, "to"))
                return 0;
            // "may last", "to last": the verb, not "last week".
            if (t.Is(i, "last") && t.IsAny(i - 1, "may", "might", "can", "could", "should", "would", "will", "to", "must"))
                return 0;
            if ((info.Classes & WordClass.FutureCue) != 0)
                return 1;
            if ((info.Classes & WordClass.PastCue) != 0)
                return -1;
            // Change verbs ("soared", "declined") are known words too, but their -ed form is still a past tense.
            if ((info.Classes & (WordClass.ChangeUp | WordClass.ChangeDown)) == 0)
                return 0;
        }
        // Regular past tense: "announced", "agreed"; short words ("need", "red") and "-eed" stems are not.
        if (span.Length > 4 && span.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !span.EndsWith("eed", StringComparison.OrdinalIgnoreCase)
            && !t[i].Has(TokenFlags.Capitalised))
            return -1;
        return 0;
    }
}
