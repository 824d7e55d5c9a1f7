using System.CommandLine;
using NewsClaims.App.Configuration;
using NewsClaims.Core.Pipeline;
using NewsClaims.Storage;
using NewsClaims.Storage.Status;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims status</c>: per outlet, the last and next poll and article counts; per stage, the queue sizes.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("status", "Show each outlet's last and next poll with new and failed counts, and the queue of each stage") { db };
        command.SetAction(parse =>
        {
            var database = CommonOptions.OpenExisting(parse.GetValue(db), out var code);
            if (database is null)
                return code;
            var queries = new StatusQueries(database, TimeProvider.System);
            Console.WriteLine($"Database {database.Path} (schema version {SchemaMigrator.CurrentVersion})");
            Console.WriteLine();
            var outlets = new TextTable("OUTLET", "ENABLED", "LAST POLL", "NEXT POLL", "ARTICLES", "NEW 24H", "FETCHED", "FAILED", "FEED ERRORS");
            foreach (var o in queries.Outlets())
            {
                outlets.Add(o.Name, o.Enabled ? "yes" : "no", Local(o.LastPollAt), o.Enabled ? Local(o.NextPollAt) : "-",
                    o.Articles, o.New24h, o.Fetched, o.Failed, o.FeedErrors);
            }
            Console.Write(outlets);
            Console.WriteLine();
            var (stages, waiting) = queries.Stages();
            var table = new TextTable("STAGE", "ARTICLES");
            foreach (var stage in ArticleStage.All.Concat(stages.Keys.Except(ArticleStage.All)))
            {
                var count = stages.GetValueOrDefault(stage);
                table.Add(stage, stage == ArticleStage.Discovered && waiting > 0 ? $"{count} ({waiting} waiting for a retry)" : count.ToString());
            }
            Console.Write(table);
            var errors = queries.FeedErrors();
            if (errors.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine("Feed errors:");
                foreach (var (outlet, url, error, failures) in errors)
                    Console.WriteLine($"  {outlet}: {url}: {error} ({failures} in a row)");
            }
            return 0;
        });
        return command;
    }

    private static string Local(string? utc) =>
        DbTime.Parse(utc) is { } at ? at.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
