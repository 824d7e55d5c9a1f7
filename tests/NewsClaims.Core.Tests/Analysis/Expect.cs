using System.Globalization;

namespace NewsClaims.Core.Tests.Analysis;

/// <summary>Reads the compact expectations of the analysis tables: "kind=money value=6e9 unit=USD q=atLeast low=6e9 high=-".</summary>
/// <remarks>Only the keys a row names are asserted; "-" means the value must be null; "+" stands for a space.</remarks>
internal static class Expect
{
    public static Dictionary<string, string> Parse(string spec)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            Assert.True(eq > 0, $"bad expectation '{part}' in '{spec}'");
            map[part[..eq]] = part[(eq + 1)..].Replace('+', ' ');
        }
        return map;
    }

    public static decimal? Number(string text) =>
        text == "-" ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static void Equal(string key, string expected, string? actual, string context) =>
        Assert.True(expected == "-" ? actual is null : expected == actual, $"{key}: expected {expected}, got {actual ?? "null"} in {context}");

    public static void Equal(string key, string expected, decimal? actual, string context)
    {
        var want = Number(expected);
        var ok = want is null ? actual is null : actual is { } a && Math.Abs(a - want.Value) <= Math.Abs(want.Value) * 1e-9m + 1e-9m;
        Assert.True(ok, $"{key}: expected {expected}, got {actual?.ToString(CultureInfo.InvariantCulture) ?? "null"} in {context}");
    }
}
