namespace NewsClaims.Core.Analysis.Numbers;

/// <summary>The English words for numbers, scales and fractions that news text uses.</summary>
internal static class NumberWords
{
    public static readonly IReadOnlyDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    public static readonly IReadOnlyDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Scale words and the abbreviations business pages use ("$6bn", "1.5m", "300k").</summary>
    public static readonly IReadOnlyDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m, ["k"] = 1e3m,
        ["million"] = 1e6m, ["m"] = 1e6m, ["mn"] = 1e6m, ["mln"] = 1e6m, ["mil"] = 1e6m,
        ["billion"] = 1e9m, ["bn"] = 1e9m, ["b"] = 1e9m, ["bln"] = 1e9m,
        ["trillion"] = 1e12m, ["tn"] = 1e12m, ["trn"] = 1e12m,
    };

    /// <summary>Fractions said in words: "a third", "half", "three quarters" (the count comes before).</summary>
    public static readonly IReadOnlyDictionary<string, decimal> Fractions = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 0.5m, ["halves"] = 0.5m, ["third"] = 1m / 3, ["thirds"] = 1m / 3, ["quarter"] = 0.25m, ["quarters"] = 0.25m,
        ["fourth"] = 0.25m, ["fourths"] = 0.25m, ["fifth"] = 0.2m, ["fifths"] = 0.2m, ["tenth"] = 0.1m, ["tenths"] = 0.1m,
    };
}
