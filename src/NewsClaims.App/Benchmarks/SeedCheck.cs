using System.Globalization;
using System.Text.Json;
using NewsClaims.App.Analysis;
using NewsClaims.Core.Analysis;

namespace NewsClaims.App.Benchmarks;

/// <summary>The dev check over the seed articles: every expected figure and date found with its value and interval, and nothing else.</summary>
/// <remarks>
/// Expectations live in quality/seed-analysis.json, keyed by the seed file's name prefix; an expectation names only the
/// fields it checks. Anything found that no expectation names (a figure in page furniture, say) is a failure too.
/// </remarks>
internal static class SeedCheck
{
    public sealed record Outcome(string Seed, List<string> Missing, List<string> Extra, int Found);

    public static List<Outcome> Run(string seedsDir, string expectationsPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(expectationsPath));
        var root = doc.RootElement;
        var defaultPublished = DateOnly.Parse(root.GetProperty("published").GetString()!, CultureInfo.InvariantCulture);
        var outcomes = new List<Outcome>();
        foreach (var seed in root.GetProperty("seeds").EnumerateObject())
        {
            var file = Directory.GetFiles(seedsDir, seed.Name + "*").OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault()
                       ?? throw new FileNotFoundException($"{seedsDir}: no seed file starting with {seed.Name}");
            var published = seed.Value.TryGetProperty("published", out var p) ? DateOnly.Parse(p.GetString()!, CultureInfo.InvariantCulture) : defaultPublished;
            var analysis = TextAnalyzer.Analyze(File.ReadAllText(file), published);
            using var figures = JsonDocument.Parse(AnalysisJson.Figures(analysis.Figures));
            using var dates = JsonDocument.Parse(AnalysisJson.Dates(analysis.Dates));
            var missing = new List<string>();
            var extra = new List<string>();
            Compare("figure", seed.Value.GetProperty("figures"), figures.RootElement, missing, extra);
            Compare("date", seed.Value.GetProperty("dates"), dates.RootElement, missing, extra);
            outcomes.Add(new Outcome(Path.GetFileName(file), missing, extra, analysis.Figures.Count + analysis.Dates.Count));
        }
        return outcomes;
    }

    private static void Compare(string what, JsonElement expected, JsonElement found, List<string> missing, List<string> extra)
    {
        var items = found.EnumerateArray().ToList();
        var used = new bool[items.Count];
        foreach (var e in expected.EnumerateArray())
        {
            var match = -1;
            string? closest = null;
            for (var k = 0; k < items.Count && match < 0; k++)
            {
                if (used[k] || items[k].GetProperty("text").GetString() != e.GetProperty("text").GetString())
                    continue;
                var wrong = e.EnumerateObject().Where(p => !Same(p.Value, items[k].GetProperty(p.Name))).Select(p => $"{p.Name} {items[k].GetProperty(p.Name)}").ToList();
                if (wrong.Count == 0)
                    match = k;
                else
                    closest = string.Join(", ", wrong);
            }
            if (match >= 0)
                used[match] = true;
            else
                missing.Add($"{what} {e}" + (closest is null ? " not found" : $" found with {closest}"));
        }
        for (var k = 0; k < items.Count; k++)
            if (!used[k])
                extra.Add($"{what} {items[k].GetProperty("text").GetString()} ({items[k]})");
    }

    private static bool Same(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number ? a.GetDecimal() == b.GetDecimal()
        : a.ValueKind == b.ValueKind && a.ToString() == b.ToString();
}
