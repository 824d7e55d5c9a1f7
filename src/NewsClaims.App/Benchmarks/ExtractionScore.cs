using System.Text.RegularExpressions;

namespace NewsClaims.App.Benchmarks;

/// <summary>The extraction benchmark's metrics: bag-of-words precision/recall/F1 for the body, normalised exact match for metadata.</summary>
internal static partial class ExtractionScore
{
    /// <summary>Precision, recall and F1 of the output's words against the truth's, as bags (lower-cased <c>\w+</c> tokens).</summary>
    public static (double Precision, double Recall, double F1) Body(string output, string truth)
    {
        var o = Bag(output);
        var t = Bag(truth);
        var outCount = o.Values.Sum();
        var truthCount = t.Values.Sum();
        if (outCount == 0 && truthCount == 0)
            return (1, 1, 1);
        var common = o.Sum(kv => Math.Min(kv.Value, t.GetValueOrDefault(kv.Key)));
        var p = outCount == 0 ? 0 : (double)common / outCount;
        var r = truthCount == 0 ? 0 : (double)common / truthCount;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public static bool Contains(string output, string snippet) => Normal(output).Contains(Normal(snippet), StringComparison.Ordinal);

    /// <summary>Lower case, words only, single spaces: how titles and authors are compared.</summary>
    public static string Normal(string? s) => s is null ? "" : Words().Replace(s.ToLowerInvariant(), " ").Trim();

    /// <summary>Authors compare as normalised text with list words ("and", "by") dropped, so "A, B and C" equals [A, B, C].</summary>
    public static string NormalAuthors(string? s)
    {
        var words = Normal(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("and" or "by"));
        return string.Join(' ', words);
    }

    private static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Token().Matches(text.ToLowerInvariant()))
            bag[m.Value] = bag.GetValueOrDefault(m.Value) + 1;
        return bag;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex Words();
}
