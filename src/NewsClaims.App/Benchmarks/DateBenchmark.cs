using System.Text;
using System.Text.Json;
using NewsClaims.Core.Analysis.Dates;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.App.Benchmarks;

/// <summary>Scores the date recogniser on TempEval-style data: strict and relaxed extent F1, value F1, type accuracy.</summary>
internal static class DateBenchmark
{
    public sealed record Gold(int Start, int End, string Text, string Type, string Value);
    public sealed record Document(string Id, string Text, DateOnly Created, List<Gold> Dates);

    /// <summary>One mistake or miss, for the per-expression report.</summary>
    public sealed record Row(string Document, string Kind, string GoldText, string GoldValue, string OurText, string OurValue, string Context);

    public sealed record Result(
        int Documents, int GoldCount, int Found, double StrictF1, double RelaxedF1, double ValueF1, double ValuePrecision, double ValueRecall,
        double TypeAccuracy, double CharsPerSecond, List<Row> Rows)
    {
        public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>
        {
            ["strict_f1"] = StrictF1, ["relaxed_f1"] = RelaxedF1, ["value_f1"] = ValueF1, ["type_accuracy"] = TypeAccuracy,
        };
    }

    public static List<Document> Load(string path)
    {
        var docs = new List<Document>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
                continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var map = CodePointToUtf16(text);
            var gold = new List<Gold>();
            foreach (var g in root.GetProperty("gold").GetProperty("dates").EnumerateArray())
            {
                gold.Add(new Gold(map[g.GetProperty("start").GetInt32()], map[g.GetProperty("end").GetInt32()], g.GetProperty("text").GetString()!,
                    g.GetProperty("type").GetString()!, g.GetProperty("value").GetString()!));
            }
            docs.Add(new Document(root.GetProperty("id").GetString()!, text, DateOnly.Parse(root.GetProperty("dct").GetString()!), gold));
        }
        return docs;
    }

    /// <summary>The gold offsets count code points; .NET strings count UTF-16 units.</summary>
    private static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
                i++;
        }
        map.Add(text.Length);
        return map.ToArray();
    }

    public static Result Run(List<Document> docs)
    {
        int gold = 0, found = 0, strict = 0, relaxed = 0, valueOk = 0, typeOk = 0;
        var rows = new List<Row>();
        long chars = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = new List<List<TemporalExpression>>(docs.Count);
        foreach (var doc in docs)
        {
            results.Add(DateRecognizer.Find(Tokenizer.Tokenize(doc.Text), doc.Created));
            chars += doc.Text.Length;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        for (var d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            var ours = results[d];
            gold += doc.Dates.Count;
            found += ours.Count;
            var used = new bool[ours.Count];
            foreach (var g in doc.Dates)
            {
                var match = -1;
                for (var k = 0; k < ours.Count; k++)
                {
                    if (!used[k] && ours[k].Start < g.End && g.Start < ours[k].End)
                    {
                        match = k;
                        break;
                    }
                }
                if (match < 0)
                {
                    rows.Add(new Row(doc.Id, "missed", g.Text, g.Value, "", "", Context(doc.Text, g.Start, g.End)));
                    continue;
                }
                used[match] = true;
                var o = ours[match];
                relaxed++;
                if (o.Start == g.Start && o.End == g.End)
                    strict++;
                if (string.Equals(o.Type.ToString(), g.Type, StringComparison.OrdinalIgnoreCase))
                    typeOk++;
                if (o.Value == g.Value)
                    valueOk++;
                else
                    rows.Add(new Row(doc.Id, "value", g.Text, g.Value, o.Text, o.Value, Context(doc.Text, g.Start, g.End)));
            }
            for (var k = 0; k < ours.Count; k++)
            {
                if (!used[k])
                    rows.Add(new Row(doc.Id, "spurious", "", "", ours[k].Text, ours[k].Value, Context(doc.Text, ours[k].Start, ours[k].End)));
            }
        }
        var value = new MatchCounts(valueOk, found, gold);
        return new Result(docs.Count, gold, found, new MatchCounts(strict, found, gold).F1, new MatchCounts(relaxed, found, gold).F1, value.F1,
            value.Precision, value.Recall, relaxed == 0 ? 0 : (double)typeOk / relaxed, chars / Math.Max(seconds, 1e-9), rows);
    }

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        var to = Math.Min(text.Length, end + 60);
        return new StringBuilder(text[from..start]).Append('[').Append(text[start..end]).Append(']').Append(text[end..to])
            .Replace('\n', ' ').Replace('\t', ' ').ToString();
    }
}
