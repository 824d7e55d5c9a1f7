using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsClaims.App.Pipeline;
using NewsClaims.App.Worker;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims run</c>: the worker, or with <c>--once</c> one pass of every stage.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Poll every enabled outlet once, run every stage until nothing is due, print a summary and exit" };
        var feeds = CommonOptions.Feeds();
        var db = CommonOptions.Db();
        var command = new Command("run", "Run the worker: poll each outlet on its schedule and fetch what is new, until stopped (Ctrl+C)")
        {
            once, feeds, db,
        };
        command.SetAction(async (parse, ct) =>
        {
            var config = CommonOptions.LoadFeeds(parse.GetValue(feeds), out var code);
            if (config is null)
                return code;
            using var services = CommonOptions.StartPipeline(config, parse.GetValue(db), out code);
            if (services is null)
                return code;
            if (parse.GetValue(once))
            {
                try
                {
                    Console.WriteLine(RunOnce.Describe(await RunOnce.RunAsync(services, ct)));
                    Console.WriteLine($"Database: {services.Database.Path} (see `newsclaims status`)");
                    return 0;
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    Console.Error.WriteLine("newsclaims: stopped; everything stored so far is kept, the rest resumes next run");
                    return 130;
                }
                catch (Microsoft.Data.Sqlite.SqliteException e)
                {
                    // A full disk or a locked file: each article is its own transaction, so what was stored is intact.
                    return CommonOptions.Error($"database error ({services.Database.Path}): {e.Message}; what was stored before it is kept", CommonOptions.ExitFailure);
                }
            }
            using var host = WorkerHost.Build(services);
            await host.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
