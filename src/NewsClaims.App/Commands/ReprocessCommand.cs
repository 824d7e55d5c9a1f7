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
            Description = "The stage to re-run: extract",
            Required = true,
            HelpName = "STAGE",
        };
        stage.AcceptOnlyFromAmong("extract");
        var outdated = new Option<bool>("--outdated") { Description = "Only rows an older extractor version produced (and pages never extracted)" };
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
            var summary = services.Extract.Reprocess(parse.GetValue(outdated), ct);
            Console.WriteLine(RunOnce.Describe(summary));
            return Task.FromResult(summary.Failed == 0 ? 0 : CommonOptions.ExitFailure);
        });
        return command;
    }
}
