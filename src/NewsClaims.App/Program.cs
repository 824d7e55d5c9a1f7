using System.CommandLine;
using NewsClaims.App.Commands;

var root = new RootCommand("""
    NewsClaims: polls the news outlets in feeds.json, keeps every article in a SQLite store, and (as it grows)
    extracts the claims they make and flags where outlets disagree.

    Start with `newsclaims run --once --feeds samples/feeds.json` to see it work offline.
    """)
{
    RunCommand.Create(),
    IngestCommand.Create(),
    StatusCommand.Create(),
    EntitiesCommand.Create(),
    ClaimsCommand.Create(),
    DiscrepanciesCommand.Create(),
    StoriesCommand.Create(),
    SearchCommand.Create(),
    ServeCommand.Create(),
    ExportCommand.Create(),
    ExtractCommand.Create(),
    AnalyzeCommand.Create(),
    ReprocessCommand.Create(),
    BenchCommand.Create(),
    TrainCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Usage errors share exit code 2 with configuration errors: nothing was started.
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"newsclaims: {error.Message}");
    Console.Error.WriteLine("Try `newsclaims --help`.");
    return 2;
}
return await parsed.InvokeAsync();
