using System.CommandLine;
using NewsClaims.App.Configuration;
using NewsClaims.App.Pipeline;
using NewsClaims.Ingestion.Http;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims ingest</c>: put URLs, files or a manifest of pages through the pipeline, once.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "URLs to fetch, or HTML / text files to store as they are",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var manifest = new Option<string?>("--manifest")
        {
            Description = "JSON Lines file, one page per line: {\"path\" or \"text\", \"url\", \"outlet\", \"published\", \"title\"}; paths are relative to the manifest",
            HelpName = "FILE.jsonl",
        };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet name to file the inputs under", HelpName = "NAME" };
        var url = new Option<string?>("--url") { Description = "The URL a single FILE was published at", HelpName = "URL" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow URLs on loopback or private network addresses" };
        var db = CommonOptions.Db();
        var feeds = CommonOptions.Feeds();
        var command = new Command("ingest", "Ingest URLs, files or a manifest once, through the same store and stages as the worker")
        {
            inputs, manifest, outlet, url, allowPrivate, db, feeds,
        };
        command.SetAction(async (parse, ct) =>
        {
            var items = parse.GetValue(inputs) ?? [];
            var manifestPath = parse.GetValue(manifest);
            if (items.Length == 0 && manifestPath is null)
                return CommonOptions.Error("ingest: give URLs or files, or --manifest FILE (see --help)", CommonOptions.ExitConfig);
            if (parse.GetValue(url) is not null && items.Length != 1)
                return CommonOptions.Error("ingest: --url goes with exactly one file", CommonOptions.ExitConfig);
            var config = LoadOptionalFeeds(parse.GetValue(feeds), out var code);
            if (config is null)
                return code;
            using var services = CommonOptions.StartPipeline(config, parse.GetValue(db), out code);
            if (services is null)
                return code;
            var ingestor = new Ingestor(services);
            int stored = 0, failed = 0;
            void Report(Func<string> step)
            {
                try
                {
                    Console.WriteLine(step());
                    stored++;
                }
                catch (Exception e) when (e is IngestException or FormatException or IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"newsclaims: {e.Message}");
                    failed++;
                }
            }
            foreach (var item in items)
            {
                if (Uri.TryCreate(item, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
                {
                    string? message = null;
                    try
                    {
                        message = await ingestor.IngestUrlAsync(item, parse.GetValue(outlet), parse.GetValue(allowPrivate), ct);
                    }
                    catch (Exception e) when (e is IngestException or FormatException)
                    {
                        Console.Error.WriteLine($"newsclaims: {e.Message}");
                        failed++;
                    }
                    if (message is not null)
                        Report(() => message);
                }
                else
                {
                    Report(() => ingestor.IngestFile(item, parse.GetValue(url), parse.GetValue(outlet), null, null));
                }
            }
            if (manifestPath is not null)
            {
                if (!File.Exists(manifestPath))
                    return CommonOptions.Error($"{manifestPath}: file not found", CommonOptions.ExitFailure);
                foreach (var (line, entry, error) in ManifestReader.Read(manifestPath))
                {
                    if (entry is null)
                    {
                        Console.Error.WriteLine($"newsclaims: {manifestPath}:{line}: {error}");
                        failed++;
                        continue;
                    }
                    Report(() => ingestor.IngestEntry(entry with { Outlet = entry.Outlet ?? parse.GetValue(outlet) }));
                }
            }
            Console.WriteLine($"Ingested {stored}, failed {failed}.");
            Console.WriteLine(RunOnce.Describe(RunOnce.ProcessStored(services, ct)));
            return failed == 0 ? 0 : CommonOptions.ExitFailure;
        });
        return command;
    }

    /// <summary>Ingest works without feeds.json; when one is there it supplies the contact URL we send.</summary>
    private static FeedsConfig? LoadOptionalFeeds(string? option, out int code)
    {
        code = 0;
        if (option is null && !File.Exists(AppSettings.FeedsPath(null)))
            return CommonOptions.NoFeeds();
        return CommonOptions.LoadFeeds(option, out code);
    }
}
