using System.CommandLine;
using NewsClaims.App.Extraction;
using NewsClaims.Core.Extraction;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims extract</c>: the article text and metadata of saved pages, as JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Saved HTML page (- reads standard input)", Arity = ArgumentArity.ZeroOrOne };
        var url = new Option<string?>("--url") { Description = "The URL the page was published at (resolves links, feeds URL-based dates)", HelpName = "URL" };
        var list = new Option<string?>("--list")
        {
            Description = "Extract many pages in one process: FILE has lines PATH<TAB>URL; prints one JSON line per page with \"path\"",
            HelpName = "FILE",
        };
        var command = new Command("extract", """
            Print a page's article text and metadata as JSON: url, canonical_url, title, authors, published, modified,
            language, site_name, text, paragraphs [{kind, text}] and sources (where each value came from).
            """) { file, url, list };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            var listPath = parse.GetValue(list);
            if ((path is null) == (listPath is null))
                return CommonOptions.Error("extract: give one FILE, or --list FILE (see --help)", CommonOptions.ExitConfig);
            return listPath is not null ? ExtractList(listPath) : ExtractOne(path!, parse.GetValue(url));
        });
        return command;
    }

    private static int ExtractOne(string path, string? url)
    {
        byte[] bytes;
        try
        {
            bytes = ReadPage(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommonOptions.Error($"cannot read {path}: {e.Message}", CommonOptions.ExitFailure);
        }
        var article = ArticleExtractor.Extract(bytes, null, url ?? FileUrl(path), DateTimeOffset.UtcNow);
        Console.WriteLine(ExtractionJson.Write(article, indented: true));
        return 0;
    }

    private static int ExtractList(string listPath)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(listPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommonOptions.Error($"cannot read {listPath}: {e.Message}", CommonOptions.ExitFailure);
        }
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(listPath))!;
        var failed = 0;
        var now = DateTimeOffset.UtcNow;
        using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var parts = line.Split('\t');
            var path = parts[0];
            var url = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            var full = Path.IsPathRooted(path) ? path : Path.Combine(baseDir, path);
            try
            {
                var article = ArticleExtractor.Extract(ReadPage(full), null, url ?? FileUrl(full), now);
                stdout.WriteLine(ExtractionJson.Write(article, path: path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // One unreadable file must not cost the rest of the corpus; it is reported and counted.
                failed++;
                Console.Error.WriteLine($"newsclaims: {listPath}:{i + 1}: cannot read {path}: {e.Message}");
            }
        }
        stdout.Flush();
        return failed == 0 ? 0 : CommonOptions.ExitFailure;
    }

    private static byte[] ReadPage(string path)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return buffer.ToArray();
        }
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            return buffer.ToArray();
        }
        return File.ReadAllBytes(path);
    }

    private static string FileUrl(string path) => path == "-" ? "file:///dev/stdin" : new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
