using System.CommandLine;
using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Entities;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims stories</c>: the stories reconciliation formed, with their outlets, span and open discrepancies.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var entity = new Option<string?>("--entity") { Description = "Only stories naming this entity (id, name or alias)", HelpName = "NAME" };
        var since = new Option<string?>("--since") { Description = "Only stories with an article published on or after this day (YYYY-MM-DD)", HelpName = "DATE" };
        var limit = new Option<int>("--limit") { Description = "At most this many rows", DefaultValueFactory = _ => 100, HelpName = "N" };
        var format = QueryOutput.Format();
        var db = CommonOptions.Db();
        var command = new Command("stories", """
            List the stories: articles about one event, grouped across outlets. Each with its articles, outlets, first and last
            publication, the first article's title, claim groups and open discrepancies; the most recently active first.
            """)
        {
            entity, since, limit, format, db,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1)
                return CommonOptions.Error("stories: --limit must be at least 1", CommonOptions.ExitConfig);
            if (!CommonOptions.IsDay(parse.GetValue(since)))
                return CommonOptions.Error($"stories: --since must be a date like 2026-11-21, not '{parse.GetValue(since)}'", CommonOptions.ExitConfig);
            var database = CommonOptions.OpenExisting(parse.GetValue(db), out var code);
            if (database is null)
                return code;
            long? entityId;
            try
            {
                entityId = parse.GetValue(entity) is { } name ? new EntityStore(database, TimeProvider.System).Resolve(name) : null;
            }
            catch (EntityCorrectionException e)
            {
                return CommonOptions.Error($"stories: {e.Message}", CommonOptions.ExitFailure);
            }
            var rows = new ClaimStore(database, TimeProvider.System).StorySummaries(new StoryFilter(entityId, parse.GetValue(since), parse.GetValue(limit)));
            QueryOutput.Write(Console.Out, parse.GetValue(format)!, ["ID", "ARTICLES", "OUTLETS", "FIRST", "LAST", "GROUPS", "OPEN", "TITLE"],
                rows.Select(r => new object?[] { r.Id, r.Articles, r.Outlets, r.First, r.Last, r.Groups, r.OpenDiscrepancies, r.Title }));
            if (rows.Count == 0 && parse.GetValue(format) == "table")
                Console.Error.WriteLine("No stories match (stories form when analysed articles are reconciled: `newsclaims run --once`).");
            return 0;
        });
        return command;
    }
}
