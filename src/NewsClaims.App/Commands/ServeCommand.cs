using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsClaims.App.Configuration;
using NewsClaims.App.Pipeline;
using NewsClaims.Web;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims serve</c>: the review web page and JSON API over a store.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, separated by ';' (default {DefaultUrl}; port 0 picks a free one). Anything beyond loopback "
                          + "needs an access token: NEWSCLAIMS_TOKEN or \"token\" in appsettings.json",
            DefaultValueFactory = _ => DefaultUrl,
            HelpName = "URLS",
        };
        var reviewer = new Option<string>("--reviewer")
        {
            Description = "The name verdicts are recorded under when the reviewer gives none (default: the login name)",
            DefaultValueFactory = _ => Environment.UserName,
            HelpName = "NAME",
        };
        var db = CommonOptions.Db();
        var command = new Command("serve", """
            Serve the review page: the queue of open discrepancies (filter by severity, entity, outlet, story, date), each one with
            the outlets' claims side by side in their sentences, one-click verdicts with notes, undo and the audit trail, and entity
            pages to merge or split. Keys: j/k move, Enter opens, c/d/r confirm/dismiss/resolve, u undo. The same data is JSON
            under /api (claims, entities, stories, discrepancies, search). Listens on 127.0.0.1 only unless told otherwise.
            """)
        {
            urls, reviewer, db,
        };
        command.SetAction(async (parse, ct) =>
        {
            var database = CommonOptions.OpenExisting(parse.GetValue(db), out var code);
            if (database is null)
                return code;
            var logging = CommonOptions.Logging();
            using var services = new PipelineServices(database, CommonOptions.NoFeeds(), logging);
            var options = new ReviewServerOptions(database,
                parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                AppSettings.Token(), parse.GetValue(reviewer)!, Reconcile(services, ct));
            WebApplication app;
            try
            {
                app = ReviewServer.Build(options, b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                    .AddFilter("Microsoft", LogLevel.Warning).SetMinimumLevel(LogLevel.Information));
            }
            catch (ReviewServerException e)
            {
                return CommonOptions.Error($"serve: {e.Message}", CommonOptions.ExitConfig);
            }
            await using (app)
            {
                try
                {
                    await app.StartAsync(ct);
                }
                catch (IOException e)
                {
                    return CommonOptions.Error($"serve: cannot listen on {parse.GetValue(urls)}: {e.Message}", CommonOptions.ExitFailure);
                }
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
                foreach (var address in addresses)
                    Console.WriteLine($"Review page: {address}/");
                Console.WriteLine($"Database: {database.Path}. Ctrl+C stops.");
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                }
                await app.StopAsync(CancellationToken.None);
            }
            return 0;
        });
        return command;
    }

    /// <summary>After an entity merge or split: judge again the stories it marked, as the worker would on its next pass.</summary>
    private static Func<CancellationToken, Task<string>> Reconcile(PipelineServices services, CancellationToken stopping) => ct =>
        Task.Run(() =>
        {
            var summary = services.ReconcileStage.Drain(ct);
            return $"{summary.Stories} stories judged again";
        }, stopping);
}
