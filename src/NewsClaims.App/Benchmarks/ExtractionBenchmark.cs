using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using NewsClaims.Core.Extraction;
using NewsClaims.Core.Text;

namespace NewsClaims.App.Benchmarks;

/// <summary>Scores the extractor on a corpus of pages with ground truth (the layout of ../shared/extraction-dev) and times it.</summary>
internal static class ExtractionBenchmark
{
    /// <summary>One page of the corpus, loaded into memory so timing measures extraction, not disk.</summary>
    public sealed record Page(string Id, string Url, byte[] Html, Truth Truth);

    public sealed record Truth(string? Title, string? Author, string? Published, string Body, IReadOnlyList<string> With, IReadOnlyList<string> Without);

    /// <summary>Per-page result, for reports and for finding where the extractor goes wrong.</summary>
    public sealed record PageScore(string Id, double Precision, double Recall, double F1, bool? Title, bool? Author, bool? Published,
        string? OurTitle, string? OurAuthor, string? OurPublished, string? OurModified, string? Reason);

    public sealed record Result(int Pages, double Precision, double Recall, double F1, double WithRate, double WithoutRate,
        double Title, double Authors, double Published, int TitleN, int AuthorsN, int PublishedN,
        double PagesPerSecond, double PagesPerCpuSecond, double ParsePagesPerCpuSecond, IReadOnlyList<PageScore> PerPage)
    {
        public IReadOnlyDictionary<string, double> Metrics => new Dictionary<string, double>
        {
            ["body_f1"] = F1, ["body_precision"] = Precision, ["body_recall"] = Recall, ["with"] = WithRate,
            ["without"] = WithoutRate, ["title"] = Title, ["authors"] = Authors, ["published"] = Published,
        };
    }

    public static List<Page> Load(string directory, int? limit = null)
    {
        var htmlDir = Path.Combine(directory, "html");
        var truthDir = Path.Combine(directory, "ground-truth");
        if (!Directory.Exists(htmlDir) || !Directory.Exists(truthDir))
            throw new DirectoryNotFoundException($"{directory} has no html/ and ground-truth/ folders (expected the extraction-dev layout)");
        var pages = new List<Page>();
        foreach (var truthPath in Directory.EnumerateFiles(truthDir, "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(truthPath);
            var htmlPath = Path.Combine(htmlDir, id + ".html.gz");
            if (!File.Exists(htmlPath))
                continue;
            using var doc = JsonDocument.Parse(File.ReadAllBytes(truthPath));
            var root = doc.RootElement;
            var gt = root.GetProperty("ground_truth");
            var truth = new Truth(Str(gt, "title"), Str(gt, "author"), Str(gt, "publish_date"), Str(gt, "main_content") ?? "",
                Strs(gt, "with"), Strs(gt, "without"));
            using var gz = new GZipStream(File.OpenRead(htmlPath), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gz.CopyTo(bytes);
            pages.Add(new Page(id, Str(root, "url") ?? "", bytes.ToArray(), truth));
            if (pages.Count == limit)
                break;
        }
        return pages;
    }

    public static Result Run(IReadOnlyList<Page> pages, DateTimeOffset now, Action<int>? progress = null)
    {
        var scores = new List<PageScore>(pages.Count);
        int withHit = 0, withAll = 0, withoutHit = 0, withoutAll = 0;
        // Warm both paths up first, so neither rate includes compiling the code it runs.
        foreach (var page in pages.Take(20))
            ArticleExtractor.Extract(page.Html, null, page.Url, now);
        ParseOnlyRate(pages.Take(20).ToList());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var results = new ExtractedArticle[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            results[i] = ArticleExtractor.Extract(pages[i].Html, null, pages[i].Url, now);
            progress?.Invoke(i + 1);
        }
        var wall = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var parseRate = ParseOnlyRate(pages);

        for (var i = 0; i < pages.Count; i++)
        {
            var (page, a) = (pages[i], results[i]);
            var text = a.Text;
            var (p, r, f) = ExtractionScore.Body(text, page.Truth.Body);
            foreach (var w in page.Truth.With)
            {
                withAll++;
                withHit += ExtractionScore.Contains(text, w) ? 1 : 0;
            }
            foreach (var w in page.Truth.Without)
            {
                withoutAll++;
                withoutHit += ExtractionScore.Contains(text, w) ? 0 : 1;
            }
            var ourAuthor = a.Authors.Count > 0 ? string.Join(", ", a.Authors) : null;
            bool? title = page.Truth.Title is { } t ? ExtractionScore.Normal(t) == ExtractionScore.Normal(a.Title) : null;
            bool? author = page.Truth.Author is { } au ? ExtractionScore.NormalAuthors(au) == ExtractionScore.NormalAuthors(ourAuthor) : null;
            bool? published = page.Truth.Published is { } d ? a.Published is { } pd && pd.Date.StartsWith(d, StringComparison.Ordinal) : null;
            scores.Add(new PageScore(page.Id, p, r, f, title, author, published, a.Title, ourAuthor, a.Published?.Date, a.Modified?.Date, a.NotArticleReason));
        }

        static double Share(IEnumerable<bool?> xs, out int n)
        {
            var known = xs.Where(x => x.HasValue).ToList();
            n = known.Count;
            return n == 0 ? 1 : known.Count(x => x!.Value) / (double)n;
        }

        return new Result(pages.Count, scores.Average(s => s.Precision), scores.Average(s => s.Recall), scores.Average(s => s.F1),
            withAll == 0 ? 1 : withHit / (double)withAll, withoutAll == 0 ? 1 : withoutHit / (double)withoutAll,
            Share(scores.Select(s => s.Title), out var tn), Share(scores.Select(s => s.Author), out var an), Share(scores.Select(s => s.Published), out var pn),
            tn, an, pn, pages.Count / wall, pages.Count / Math.Max(cpuSeconds, 1e-9), parseRate, scores);
    }

    /// <summary>Pages per CPU-second for decoding, parsing with AngleSharp and collecting all text: the floor extraction is measured against.</summary>
    private static double ParseOnlyRate(IReadOnlyList<Page> pages)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long chars = 0;
        foreach (var page in pages)
        {
            var html = CharsetDecoder.Decode(page.Html, null).Text;
            var doc = new HtmlParser().ParseDocument(html);
            chars += doc.Body?.TextContent.Length ?? 0;
        }
        var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        GC.KeepAlive(chars);
        return pages.Count / Math.Max(seconds, 1e-9);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static IReadOnlyList<string> Strs(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}
