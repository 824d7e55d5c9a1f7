using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsClaims.App.Benchmarks;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims bench</c>: quality and speed benchmarks on development data, with floors that fail the run.</summary>
internal static class BenchCommand
{
    public const string DefaultExtractionData = "../shared/extraction-dev";
    public const string DefaultExtractionFloors = "quality/extraction-floors.json";
    public const string DefaultDatesData = "../shared/dates-dev/timebank-aquaint.jsonl";

    public static Command Create()
    {
        var command = new Command("bench", "Score and time the pipeline's stages on development data");
        command.Subcommands.Add(Extraction());
        command.Subcommands.Add(Dates());
        command.Subcommands.Add(Analysis());
        command.Subcommands.Add(Entities());
        command.Subcommands.Add(Seeds());
        command.Subcommands.Add(Reconcile());
        command.Subcommands.Add(Review());
        return command;
    }

    private static Command Extraction()
    {
        var data = new Option<string>("--data")
        {
            Description = $"Corpus folder with html/NNNN.html.gz and ground-truth/NNNN.json (default: {DefaultExtractionData})",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultExtractionData,
        };
        var floors = new Option<string?>("--floors")
        {
            Description = $"JSON file of minimum scores; the command exits 1 when any is missed (default: {DefaultExtractionFloors} when present)",
            HelpName = "FILE",
        };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N pages", HelpName = "N" };
        var report = new Option<string?>("--report") { Description = "Write per-page scores as tab-separated values to FILE", HelpName = "FILE" };
        var command = new Command("extraction", """
            Extract every page of the corpus in one process; report body precision/recall/F1 (bags of lower-cased words),
            the share of must-have and must-not-have snippets, exact title/author/date matches, and pages per second beside
            AngleSharp's parse-only rate on the same pages.
            """) { data, floors, limit, report };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(data)!;
            List<ExtractionBenchmark.Page> pages;
            try
            {
                pages = ExtractionBenchmark.Load(dir, parse.GetValue(limit));
            }
            catch (DirectoryNotFoundException e)
            {
                return CommonOptions.Error(e.Message, CommonOptions.ExitConfig);
            }
            if (pages.Count == 0)
                return CommonOptions.Error($"{dir}: no pages", CommonOptions.ExitConfig);
            Console.Error.WriteLine($"extracting {pages.Count} pages from {dir} …");
            var result = ExtractionBenchmark.Run(pages, DateTimeOffset.UtcNow);
            Console.Write(Summary(result));
            if (parse.GetValue(report) is { } reportPath)
                File.WriteAllText(reportPath, Report(result));
            var floorsPath = parse.GetValue(floors) ?? (File.Exists(DefaultExtractionFloors) ? DefaultExtractionFloors : null);
            if (floorsPath is null)
                return 0;
            var failures = QualityFloors.Failures(QualityFloors.Load(floorsPath), result.Metrics);
            foreach (var f in failures)
                Console.Error.WriteLine($"newsclaims: below floor: {f}");
            Console.WriteLine(failures.Count == 0 ? $"All floors in {floorsPath} hold." : $"{failures.Count} floor(s) in {floorsPath} missed.");
            return failures.Count == 0 ? 0 : CommonOptions.ExitFailure;
        });
        return command;
    }

    private static Command Dates()
    {
        var data = new Option<string>("--data")
        {
            Description = $"JSON lines of {{text, dct, gold.dates[{{start, end, type, value}}]}} (default: {DefaultDatesData})",
            HelpName = "FILE",
            DefaultValueFactory = _ => DefaultDatesData,
        };
        var report = new Option<string?>("--report") { Description = "Write every miss, spurious match and wrong value as tab-separated values to FILE", HelpName = "FILE" };
        var command = new Command("dates", """
            Run the date recogniser over gold-annotated news (TempEval-3 style) and report strict and relaxed extent F1,
            value F1 (a relaxed match with the exact TimeML value) and type accuracy.
            """) { data, report };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(data)!;
            if (!File.Exists(path))
                return CommonOptions.Error($"{path}: no such file (see --data)", CommonOptions.ExitConfig);
            var docs = DateBenchmark.Load(path);
            var r = DateBenchmark.Run(docs);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"documents            {r.Documents}"));
            Console.WriteLine(string.Create(c, $"gold expressions     {r.GoldCount}"));
            Console.WriteLine(string.Create(c, $"found                {r.Found}"));
            Console.WriteLine(string.Create(c, $"strict extent F1     {r.StrictF1:0.0000}"));
            Console.WriteLine(string.Create(c, $"relaxed extent F1    {r.RelaxedF1:0.0000}"));
            Console.WriteLine(string.Create(c, $"value F1             {r.ValueF1:0.0000}  (P {r.ValuePrecision:0.0000}, R {r.ValueRecall:0.0000})"));
            Console.WriteLine(string.Create(c, $"type accuracy        {r.TypeAccuracy:0.0000}"));
            Console.WriteLine(string.Create(c, $"MB/s (dates only)    {r.CharsPerSecond / 1e6:0.00}"));
            if (parse.GetValue(report) is { } reportPath)
            {
                var sb = new StringBuilder("document\tkind\tgold_text\tgold_value\tour_text\tour_value\tcontext\n");
                foreach (var row in r.Rows)
                    sb.AppendLine($"{row.Document}\t{row.Kind}\t{row.GoldText}\t{row.GoldValue}\t{row.OurText}\t{row.OurValue}\t{row.Context}");
                File.WriteAllText(reportPath, sb.ToString());
            }
            return 0;
        });
        return command;
    }

    private static Command Analysis()
    {
        var size = new Option<int>("--mb") { Description = "Megabytes of generated text to analyse (default: 20)", DefaultValueFactory = _ => 20, HelpName = "N" };
        var command = new Command("analysis", """
            Time the figure and date recognisers on one thread over a generated corpus of news-like text of our own
            (fixed seed, so runs compare across machines) and report megabytes of text per second per core.
            """) { size };
        command.SetAction(parse =>
        {
            var mb = parse.GetValue(size);
            if (mb <= 0)
                return CommonOptions.Error("bench analysis: --mb must be positive", CommonOptions.ExitConfig);
            Console.Error.WriteLine($"generating {mb} MB of text …");
            var docs = AnalysisBenchmark.Corpus(mb * 1_000_000L);
            var r = AnalysisBenchmark.Run(docs, new DateOnly(2026, 3, 18));
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"documents            {r.Documents}"));
            Console.WriteLine(string.Create(c, $"characters           {r.Characters}"));
            Console.WriteLine(string.Create(c, $"figures found        {r.Figures}"));
            Console.WriteLine(string.Create(c, $"dates found          {r.Dates}"));
            Console.WriteLine(string.Create(c, $"seconds (one core)   {r.Seconds:0.00}  (figures and dates)"));
            Console.WriteLine(string.Create(c, $"MB/s per core        {r.MegabytesPerSecond:0.00}  (figures and dates)"));
            Console.WriteLine(string.Create(c, $"MB/s per core        {r.WholeAnalysisMegabytesPerSecond:0.00}  (whole analysis: with entities and claims)"));
            return 0;
        });
        return command;
    }

    private static Command Reconcile()
    {
        var articles = new Option<int>("--articles") { Description = "Generated articles (default: 10000)", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var claims = new Option<int>("--claims-per-article") { Description = "Claims per article (default: 10)", DefaultValueFactory = _ => 10, HelpName = "N" };
        var command = new Command("reconcile", """
            Time reconciliation on one thread over generated stories (fixed seed): place every article in a story, judge every story,
            then add single articles and time each one's placement and its story's new judgement.
            """) { articles, claims };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(articles);
            var k = parse.GetValue(claims);
            if (n < 10 || k < 1)
                return CommonOptions.Error("bench reconcile: --articles must be at least 10 and --claims-per-article at least 1", CommonOptions.ExitConfig);
            var r = ReconcileBenchmark.Run(n, k, articlesPerStory: 5, additions: 200);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"articles             {r.Articles}"));
            Console.WriteLine(string.Create(c, $"claims               {r.Claims}"));
            Console.WriteLine(string.Create(c, $"stories              {r.Stories}"));
            Console.WriteLine(string.Create(c, $"claim groups         {r.Groups} ({r.Flagged} flagged)"));
            Console.WriteLine(string.Create(c, $"place all (s)        {r.PlaceSeconds:0.00}"));
            Console.WriteLine(string.Create(c, $"judge all (s)        {r.JudgeSeconds:0.00}"));
            Console.WriteLine(string.Create(c, $"add one article (ms) median {r.AddMedianMs:0.00}, slowest {r.AddMaxMs:0.00}"));
            return 0;
        });
        return command;
    }

    private static Command Review()
    {
        var claims = new Option<int>("--claims") { Description = "Generated claims (default: 100000)", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var flagged = new Option<int>("--discrepancies") { Description = "Generated open discrepancies (default: 5000)", DefaultValueFactory = _ => 5_000, HelpName = "N" };
        var requests = new Option<int>("--requests") { Description = "Timed requests per page (default: 50)", DefaultValueFactory = _ => 50, HelpName = "N" };
        var command = new Command("review", """
            Seed a scratch store (in a temporary folder, removed afterwards) with generated claims and discrepancies, serve it on
            127.0.0.1 and time the review pages and API over HTTP: median, 95th percentile and slowest response per page.
            """) { claims, flagged, requests };
        command.SetAction(async (parse, ct) =>
        {
            var (k, d, n) = (parse.GetValue(claims), parse.GetValue(flagged), parse.GetValue(requests));
            if (k < 100 || d < 1 || d > k / 10 || n < 1)
                return CommonOptions.Error("bench review: --claims at least 100, --discrepancies from 1 to a tenth of the claims, --requests at least 1",
                    CommonOptions.ExitConfig);
            var folder = Directory.CreateTempSubdirectory("newsclaims-bench-review-").FullName;
            try
            {
                var r = await ReviewBenchmark.RunAsync(folder, k, d, n);
                var c = CultureInfo.InvariantCulture;
                Console.WriteLine(string.Create(c, $"store                {r.Articles} articles, {r.Claims} claims, {r.Discrepancies} open discrepancies, {r.DatabaseBytes / 1e6:0} MB"));
                Console.WriteLine(string.Create(c, $"seeded in (s)        {r.SeedSeconds:0.0}"));
                Console.WriteLine(string.Create(c, $"{"page",-36} {"median ms",10} {"p95 ms",10} {"max ms",10}"));
                foreach (var t in r.Timings)
                    Console.WriteLine(string.Create(c, $"{t.What,-36} {t.MedianMs,10:0.0} {t.P95Ms,10:0.0} {t.MaxMs,10:0.0}"));
                return 0;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }

    private static Command Entities()
    {
        var data = new Option<string>("--data")
        {
            Description = $"The NER data folder with corpora/ and gazetteers/ (default: {TrainCommand.DefaultNerData})",
            HelpName = "DIR",
            DefaultValueFactory = _ => TrainCommand.DefaultNerData,
        };
        var size = new Option<int>("--mb") { Description = "Megabytes of generated news text to time (default: 5)", DefaultValueFactory = _ => 5, HelpName = "N" };
        var command = new Command("entities", """
            Score the entity recogniser on the held-out parts of the NER corpora (typed F1: the tagger alone, then the whole
            recogniser with its rules), and time it on one core over generated news-length documents (documents per second).
            """) { data, size };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(dir, "corpora")))
                return CommonOptions.Error($"{Path.GetFullPath(dir)}: no corpora/ folder here (give --data)", CommonOptions.ExitConfig);
            if (parse.GetValue(size) <= 0)
                return CommonOptions.Error("bench entities: --mb must be positive", CommonOptions.ExitConfig);
            Console.Error.WriteLine("loading the held-out sentences …");
            var heldOut = EntityBenchmark.HeldOut(dir);
            Console.WriteLine("Tagger alone:");
            Console.Write(EntityBenchmark.Summary(EntityBenchmark.Run(heldOut, Core.Analysis.Entities.ShippedModel.Tagger)));
            Console.WriteLine();
            Console.WriteLine("Recogniser (tagger and rules, as analysis runs it):");
            Console.Write(EntityBenchmark.Summary(EntityBenchmark.RunRecognizer(heldOut)));
            Console.WriteLine();
            var docs = AnalysisBenchmark.Corpus(parse.GetValue(size) * 1_000_000L);
            var (count, mentions, perSecond) = EntityBenchmark.Speed(docs);
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"documents            {count} generated ({docs.Average(d => d.Length):N0} characters on average), {mentions} mentions"));
            Console.WriteLine(string.Create(c, $"documents/s per core {perSecond:N0}"));
            return 0;
        });
        return command;
    }

    private static Command Seeds()
    {
        var data = new Option<string>("--data") { Description = "Folder of seed articles (default: ../shared/seeds)", HelpName = "DIR", DefaultValueFactory = _ => "../shared/seeds" };
        var expect = new Option<string>("--expect")
        {
            Description = "Expected figures and dates per seed (default: quality/seed-analysis.json)", HelpName = "FILE",
            DefaultValueFactory = _ => "quality/seed-analysis.json",
        };
        var command = new Command("seeds", """
            Dev check: analyse the seed articles and compare with the expected figures and dates (value, interval,
            qualifier); anything missing, wrong or extra (a figure in page furniture) is listed. Then run the seeds through
            the pipeline into a scratch store and check that every expected person and organisation is found with its type
            and that each identity (Steiner, USPS, Amazon, The Washington Post, ...) is one entity across the three.
            Exits 1 on any problem.
            """) { data, expect };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(data)!;
            var path = parse.GetValue(expect)!;
            if (!Directory.Exists(dir))
                return CommonOptions.Error($"{dir}: no such folder (see --data)", CommonOptions.ExitConfig);
            if (!File.Exists(path))
                return CommonOptions.Error($"{path}: no such file (see --expect)", CommonOptions.ExitConfig);
            var failures = 0;
            foreach (var o in SeedCheck.Run(dir, path))
            {
                Console.WriteLine($"{o.Seed}: {o.Found} found, {o.Missing.Count} missing or wrong, {o.Extra.Count} unexpected");
                foreach (var m in o.Missing)
                    Console.WriteLine($"  missing  {m}");
                foreach (var e in o.Extra)
                    Console.WriteLine($"  extra    {e}");
                failures += o.Missing.Count + o.Extra.Count;
            }
            Console.WriteLine(failures == 0 ? "Every expected figure and date found, nothing else." : $"{failures} problem(s).");
            Console.WriteLine();
            var entities = SeedEntityCheck.Run(dir, path);
            foreach (var line in entities.Found)
                Console.WriteLine(line);
            foreach (var problem in entities.Problems)
                Console.WriteLine($"  problem  {problem}");
            Console.WriteLine(entities.Problems.Count == 0
                ? "Every expected person and organisation found with its type; each identity is one entity across the seeds."
                : $"{entities.Problems.Count} entity problem(s).");
            failures += entities.Problems.Count;
            return failures == 0 ? 0 : CommonOptions.ExitFailure;
        });
        return command;
    }

    public static string Summary(ExtractionBenchmark.Result r)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"pages                {r.Pages}");
        sb.AppendLine(c, $"body precision       {r.Precision:0.0000}");
        sb.AppendLine(c, $"body recall          {r.Recall:0.0000}");
        sb.AppendLine(c, $"body F1              {r.F1:0.0000}");
        sb.AppendLine(c, $"with snippets        {r.WithRate:0.0000}");
        sb.AppendLine(c, $"without snippets     {r.WithoutRate:0.0000}");
        sb.AppendLine(c, $"title exact          {r.Title:0.0000}  ({r.TitleN} pages)");
        sb.AppendLine(c, $"authors exact        {r.Authors:0.0000}  ({r.AuthorsN} pages)");
        sb.AppendLine(c, $"published date       {r.Published:0.0000}  ({r.PublishedN} pages)");
        sb.AppendLine(c, $"pages/s (wall)       {r.PagesPerSecond:0.0}");
        sb.AppendLine(c, $"pages/CPU-s          {r.PagesPerCpuSecond:0.0}  (AngleSharp parse + text alone: {r.ParsePagesPerCpuSecond:0.0})");
        return sb.ToString();
    }

    private static string Report(ExtractionBenchmark.Result r)
    {
        var sb = new StringBuilder("id\tf1\tprecision\trecall\ttitle\tauthor\tpublished\tour_title\tour_author\tour_published\tour_modified\tnot_article\n");
        foreach (var s in r.PerPage)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Id}\t{s.F1:0.000}\t{s.Precision:0.000}\t{s.Recall:0.000}\t{s.Title}\t{s.Author}\t{s.Published}\t{s.OurTitle}\t{s.OurAuthor}\t{s.OurPublished}\t{s.OurModified}\t{s.Reason}");
        }
        return sb.ToString();
    }
}
