namespace NewsClaims.Core.Reconciliation;

/// <summary>Cheap fingerprints of an article text: its most frequent content words (for telling stories apart) and hashed runs of
/// words (for telling a copy from an independent report).</summary>
public static class TextSignature
{
    private const int TermCount = 40;
    private const int ShingleWords = 5;

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "has", "had", "were", "was", "will", "would", "could", "been", "their", "they", "them",
        "there", "which", "about", "after", "before", "said", "says", "also", "more", "than", "into", "over", "other", "some", "such",
        "what", "when", "where", "while", "its", "it's", "not", "but", "for", "and", "the", "are", "his", "her", "she", "him", "who",
        "whom", "our", "your", "year", "years", "last", "first", "according", "told", "reported", "report", "reports", "people", "just",
        "most", "many", "much", "very", "being", "those", "these", "then", "than", "only", "still", "even", "because", "since", "under",
        "between", "against", "during", "through", "including", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "week", "month", "today", "yesterday",
    };

    /// <summary>The text's most frequent words of four letters or more that are not function words, lower case.</summary>
    public static IReadOnlySet<string> Terms(string text)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var n = 0;
        foreach (var w in Words(text))
        {
            n++;
            if (w.Length < 4 || Stop.Contains(w) || char.IsAsciiDigit(w[0]))
                continue;
            var stem = w.EndsWith('s') && w.Length > 4 && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
            counts[stem] = counts.TryGetValue(stem, out var c) ? (c.Count + 1, c.First) : (1, n);
        }
        return counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).Take(TermCount).Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Hashes of every run of five words: two texts that share most of them are one text, syndicated or lightly edited.</summary>
    public static HashSet<ulong> Shingles(string text)
    {
        var words = Words(text).ToList();
        var set = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            // FNV-1a over the run's characters, a space between words: stable across runs and processes, unlike string.GetHashCode.
            var h = 14695981039346656037UL;
            for (var k = 0; k < ShingleWords; k++)
            {
                foreach (var c in words[i + k])
                    h = (h ^ c) * 1099511628211UL;
                h = (h ^ ' ') * 1099511628211UL;
            }
            set.Add(h);
        }
        return set;
    }

    /// <summary>Share of the smaller set that the larger also holds (0 when either is empty).</summary>
    public static double Overlap<T>(IReadOnlySet<T> a, IReadOnlySet<T> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / small.Count;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' && start >= 0));
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
