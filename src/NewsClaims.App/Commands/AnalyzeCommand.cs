using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsClaims.App.Analysis;
using NewsClaims.Core.Analysis;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims analyze</c>: the figures, dates, entities and claims of a text, as JSON.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Text file to analyse (- reads standard input)", Arity = ArgumentArity.ZeroOrOne };
        var published = new Option<string?>("--published")
        {
            Description = "The text's publication date, YYYY-MM-DD: relative dates (\"yesterday\", \"on Thursday\") count from it (default: today)",
            HelpName = "DATE",
        };
        var format = new Option<string>("--format") { Description = "Output format: json (the only one so far)", DefaultValueFactory = _ => "json" };
        var dayFirst = new Option<bool>("--day-first") { Description = "Read numeric dates day first (12/04/2025 is 12 April), as outlets outside the US write them" };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Analyse many texts in one process: FILE has JSON lines {\"id\",\"text\",\"published\"} (- for standard input); prints one JSON line each, with its id",
            HelpName = "FILE",
        };
        var command = new Command("analyze", """
            Find the figures (money, percentages, counts, quantities) and the dates, times and durations of a text and print
            them normalised as JSON: each figure with its value, unit, qualifier, interval and direction of change, each
            temporal expression with its TimeML value and calendar interval, the entities named, and the claims they make
            (attribute, modality, time scope, attribution, sentence). Offsets are character offsets into the input.
            """) { file, published, format, dayFirst, jsonl };
        command.SetAction(parse =>
        {
            if (parse.GetValue(format) is not "json")
                return CommonOptions.Error($"analyze: unknown --format '{parse.GetValue(format)}' (json is the only one)", CommonOptions.ExitConfig);
            var path = parse.GetValue(file);
            var list = parse.GetValue(jsonl);
            if ((path is null) == (list is null))
                return CommonOptions.Error("analyze: give one FILE, or --jsonl FILE (see --help)", CommonOptions.ExitConfig);
            DateOnly date = DateOnly.FromDateTime(DateTime.Now);
            if (parse.GetValue(published) is { } p && !ArticleAnchor.TryDate(p, out date))
                return CommonOptions.Error($"analyze: --published '{p}' is not a date (YYYY-MM-DD)", CommonOptions.ExitConfig);
            return list is not null ? AnalyzeLines(list, date, parse.GetValue(dayFirst)) : AnalyzeOne(path!, date, parse.GetValue(dayFirst));
        });
        return command;
    }

    private static int AnalyzeOne(string path, DateOnly published, bool dayFirst)
    {
        string text;
        try
        {
            text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommonOptions.Error($"cannot read {path}: {e.Message}", CommonOptions.ExitFailure);
        }
        Console.WriteLine(AnalysisJson.Write(TextAnalyzer.Analyze(text, published, dayFirst), indented: true));
        return 0;
    }

    private static int AnalyzeLines(string path, DateOnly defaultPublished, bool dayFirst)
    {
        TextReader reader;
        try
        {
            reader = path == "-" ? Console.In : new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommonOptions.Error($"cannot read {path}: {e.Message}", CommonOptions.ExitFailure);
        }
        var failed = 0;
        using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        using (reader)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                if (!TryReadLine(line, defaultPublished, out var id, out var text, out var published, out var problem))
                {
                    // A bad line is reported with its number and skipped; the rest of the corpus still runs.
                    failed++;
                    Console.Error.WriteLine($"newsclaims: {path}:{number}: {problem}");
                    continue;
                }
                stdout.WriteLine(AnalysisJson.Write(TextAnalyzer.Analyze(text, published, dayFirst), id: id));
            }
        }
        stdout.Flush();
        return failed == 0 ? 0 : CommonOptions.ExitFailure;
    }

    private static bool TryReadLine(string line, DateOnly defaultPublished, out string? id, out string text, out DateOnly published, out string problem)
    {
        id = null;
        text = "";
        published = defaultPublished;
        problem = "";
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
            {
                problem = "each line needs an object with a \"text\" string";
                return false;
            }
            text = t.GetString()!;
            if (root.TryGetProperty("id", out var i))
                id = i.ValueKind == JsonValueKind.String ? i.GetString() : i.GetRawText();
            if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && !ArticleAnchor.TryDate(p.GetString()!, out published))
            {
                problem = $"\"published\" '{p.GetString()}' is not a date (YYYY-MM-DD)";
                return false;
            }
            return true;
        }
        catch (JsonException e)
        {
            problem = $"not JSON: {e.Message}";
            return false;
        }
    }
}
