using System.CommandLine;
using System.Globalization;
using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Entities;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims claims</c>: the claims the analysis found, filtered by entity, attribute, story and date.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var entity = new Option<string?>("--entity") { Description = "Only claims whose sentence names this entity (id, name or alias)", HelpName = "NAME" };
        var attribute = new Option<string?>("--attribute") { Description = "Only claims about this attribute (revenue, job cuts, meeting, …)", HelpName = "A" };
        var story = new Option<long?>("--story") { Description = "Only claims of this story's articles", HelpName = "ID" };
        var since = new Option<string?>("--since") { Description = "Only claims of articles published on or after this date (YYYY-MM-DD)", HelpName = "DATE" };
        var limit = new Option<int>("--limit") { Description = "At most this many rows", DefaultValueFactory = _ => 200, HelpName = "N" };
        var format = QueryOutput.Format();
        var db = CommonOptions.Db();
        var command = new Command("claims", """
            List the claims found in analysed articles, newest articles first: each value with what it measures (attribute), how firmly
            it is stated (modality), the period it covers, whom the sentence credits, and the sentence itself.
            """)
        {
            entity, attribute, story, since, limit, format, db,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1)
                return CommonOptions.Error("claims: --limit must be at least 1", CommonOptions.ExitConfig);
            var sinceText = parse.GetValue(since);
            if (!CommonOptions.IsDay(sinceText))
                return CommonOptions.Error($"claims: --since must be a date like 2026-11-21, not '{sinceText}'", CommonOptions.ExitConfig);
            var database = CommonOptions.OpenExisting(parse.GetValue(db), out var code);
            if (database is null)
                return code;
            long? entityId = null;
            if (parse.GetValue(entity) is { } name)
            {
                try
                {
                    entityId = new EntityStore(database, TimeProvider.System).Resolve(name);
                }
                catch (EntityCorrectionException e)
                {
                    return CommonOptions.Error($"claims: {e.Message}", CommonOptions.ExitFailure);
                }
            }
            var rows = new ClaimStore(database, TimeProvider.System).Claims(
                new ClaimFilter(entityId, parse.GetValue(attribute), parse.GetValue(story), sinceText, parse.GetValue(limit)));
            var table = parse.GetValue(format) == "table";
            QueryOutput.Write(Console.Out, parse.GetValue(format)!,
                ["ID", "ARTICLE", "OUTLET", "STORY", "KIND", "ATTRIBUTE", "VALUE", "NORMALISED", "UNIT", "QUALIFIER", "MODALITY", "TIME SCOPE",
                 "SUBJECT", "ENTITIES", "ATTRIBUTION", "EVIDENCE"],
                rows.Select(r => new object?[]
                {
                    r.Id, r.ArticleId, r.Outlet, r.Story, r.Kind, r.Attribute, r.ValueWords, Normalised(r), r.Unit, r.Qualifier, r.Modality,
                    r.TimeScope, r.Subject, r.Entities, r.Attribution, table ? Shorten(r.Evidence, 80) : r.Evidence,
                }));
            if (rows.Count == 0 && table)
                Console.Error.WriteLine("No claims match: claims are built when articles are analysed (`newsclaims run --once`).");
            return 0;
        });
        return command;
    }

    /// <summary>The value as reconciliation compares it: the number for figures, the TimeML value for dates and durations.</summary>
    internal static object? Normalised(ClaimRow r) => r.ValueText ?? (object?)r.Value;

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
