using System.CommandLine;
using NewsClaims.App.Configuration;
using NewsClaims.App.Pipeline;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims reprocess</c>: re-run a stage over the pages the store keeps, without fetching anything.</summary>
internal static class ReprocessCommand
{
    public static Command Create()
    {
        var stage = new Option<string>("--stage")
        {
            Description = "The stage to re-run: extract (reads kept pages again, then analyses the new text) or analyze (reads the stored text again)",
            Required = true,
            HelpName = "STAGE",
        };
        stage.AcceptOnlyFromAmong("extract", "analyze");
        var outdated = new Option<bool>("--outdated") { Description = "Only rows an older version of the stage produced (and those it never reached)" };
        var db = CommonOptions.Db();
        var command = new Command("reprocess", "Re-run a stage over every kept raw page (after upgrading NewsClaims, for example); nothing is refetched")
        {
            stage, outdated, db,
        };
        command.SetAction((parse, ct) =>
        {
            var path = AppSettings.DatabasePath(parse.GetValue(db));
            if (!File.Exists(path))
                return Task.FromResult(CommonOptions.Error($"no database at {Path.GetFullPath(path)}; nothing to reprocess", CommonOptions.ExitFailure));
            var config = CommonOptions.NoFeeds();
            using var services = CommonOptions.StartPipeline(config, path, out var code);
            if (services is null)
                return Task.FromResult(code);
            var failed = 0;
            if (parse.GetValue(stage) == "extract")
            {
                // New text makes the old analysis stale: extraction drops it, and the drain below reads the new text.
                var extracted = services.Extract.Reprocess(parse.GetValue(outdated), ct);
                var analyzed = services.Analyze.Drain(ct);
                Console.WriteLine(RunOnce.Describe(new RunOnce.Processed(extracted, analyzed, services.ReconcileStage.Drain(ct))));
                failed = extracted.Failed + analyzed.Failed;
            }
            else
            {
                var analyzed = services.Analyze.Reprocess(parse.GetValue(outdated), ct);
                Console.WriteLine(RunOnce.Describe(analyzed));
                Console.WriteLine(RunOnce.Describe(services.ReconcileStage.Drain(ct)));
                failed = analyzed.Failed;
            }
            return Task.FromResult(failed == 0 ? 0 : CommonOptions.ExitFailure);
        });
        return command;
    }
}
