using System.Text.Json;

namespace NewsClaims.App.Benchmarks;

/// <summary>The minimum scores a benchmark must keep (a JSON object of metric name to floor), pinned in the repository.</summary>
internal static class QualityFloors
{
    public static IReadOnlyDictionary<string, double> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var floors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Number)
                throw new FormatException($"{path}: \"{p.Name}\" must be a number");
            floors[p.Name] = p.Value.GetDouble();
        }
        return floors;
    }

    /// <summary>One line per metric that fell below its floor (or that the floors name but the benchmark does not report).</summary>
    public static List<string> Failures(IReadOnlyDictionary<string, double> floors, IReadOnlyDictionary<string, double> metrics)
    {
        var failures = new List<string>();
        foreach (var (name, floor) in floors)
        {
            if (!metrics.TryGetValue(name, out var value))
                failures.Add($"{name}: no such metric (known: {string.Join(", ", metrics.Keys)})");
            else if (value < floor)
                failures.Add($"{name}: {value:0.0000} is below the floor {floor:0.0000}");
        }
        return failures;
    }
}
