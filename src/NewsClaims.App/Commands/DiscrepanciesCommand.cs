using System.CommandLine;
using System.Text.Json;
using NewsClaims.Storage;
using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Entities;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims discrepancies</c>: what outlets disagree on, side by side, and the reviewer's verdicts on it.</summary>
internal static class DiscrepanciesCommand
{
    public static Command Create()
    {
        var command = new Command("discrepancies", """
            List flagged discrepancies (the default), show one with each outlet's claim in its sentence, or review one:
            `review ID --verdict confirmed|dismissed|resolved --note TEXT`. Verdicts are kept with who and when, and survive
            reprocessing: a re-run never reopens a dismissed discrepancy nor loses a verdict.
            """);
        AddListing(command);
        var list = new Command("list", "List discrepancies, the most severe first");
        AddListing(list);
        command.Subcommands.Add(list);
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Review());
        return command;
    }

    private static void AddListing(Command command)
    {
        var status = new Option<string?>("--status") { Description = "Only this status: open, confirmed, dismissed or resolved", HelpName = "STATUS" };
        status.AcceptOnlyFromAmong(["open", .. ClaimStore.ReviewVerdicts]);
        var severity = new Option<string?>("--severity") { Description = "Only this severity: low, medium or high", HelpName = "SEVERITY" };
        severity.AcceptOnlyFromAmong("low", "medium", "high");
        var entity = new Option<string?>("--entity") { Description = "Only discrepancies about this entity (id, name or alias)", HelpName = "NAME" };
        var outlet = new Option<string?>("--outlet") { Description = "Only discrepancies with a claim from this outlet", HelpName = "NAME" };
        var story = new Option<long?>("--story") { Description = "Only discrepancies in this story", HelpName = "ID" };
        var since = new Option<string?>("--since") { Description = "Only discrepancies with an article published on or after this day (YYYY-MM-DD)", HelpName = "DATE" };
        var limit = new Option<int>("--limit") { Description = "At most this many rows", DefaultValueFactory = _ => 1000, HelpName = "N" };
        var format = QueryOutput.Format();
        var db = CommonOptions.Db();
        command.Options.Add(status);
        command.Options.Add(severity);
        command.Options.Add(entity);
        command.Options.Add(outlet);
        command.Options.Add(story);
        command.Options.Add(since);
        command.Options.Add(limit);
        command.Options.Add(format);
        command.Options.Add(db);
        command.SetAction(parse => WithStore(parse.GetValue(db), (database, store) =>
        {
            if (parse.GetValue(limit) < 1)
                return CommonOptions.Error("discrepancies: --limit must be at least 1", CommonOptions.ExitConfig);
            if (!CommonOptions.IsDay(parse.GetValue(since)))
                return CommonOptions.Error($"discrepancies: --since must be a date like 2026-11-21, not '{parse.GetValue(since)}'", CommonOptions.ExitConfig);
            long? entityId = parse.GetValue(entity) is { } name ? new EntityStore(database, TimeProvider.System).Resolve(name) : null;
            var rows = store.Discrepancies(new DiscrepancyFilter(parse.GetValue(status), parse.GetValue(severity), entityId, parse.GetValue(outlet),
                parse.GetValue(story), parse.GetValue(since), Limit: parse.GetValue(limit)));
            QueryOutput.Write(Console.Out, parse.GetValue(format)!,
                ["ID", "STATUS", "SEVERITY", "KIND", "STORY", "ATTRIBUTE", "SUBJECT", "OUTLETS", "EXPLANATION"],
                rows.Select(r => new object?[] { r.Id, r.Status, r.Severity, r.Kind, r.Story, r.Attribute, r.Subject, r.Outlets, r.Explanation }));
            if (rows.Count == 0 && parse.GetValue(format) == "table")
                Console.Error.WriteLine("No discrepancies match.");
            return 0;
        }));
    }

    private static Command Show()
    {
        var id = new Argument<long>("id") { Description = "The discrepancy's id (from `newsclaims discrepancies`)" };
        var format = QueryOutput.Format();
        var db = CommonOptions.Db();
        var command = new Command("show", "Show one discrepancy: each outlet's claim in its sentence, the group's verdict and the review trail")
        {
            id, format, db,
        };
        command.SetAction(parse => WithStore(parse.GetValue(db), (_, store) =>
        {
            var detail = store.Discrepancy(parse.GetValue(id));
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonOutput.Write(w => WriteJson(w, detail), indented: true));
                return 0;
            }
            var d = detail.Discrepancy;
            Console.WriteLine($"Discrepancy {d.Id}: {d.Kind}, {d.Severity} severity, {d.Status}{(d.Active ? "" : " (no longer found)")}");
            Console.WriteLine($"{d.Attribute} of {d.Subject ?? "(no subject)"}, story {d.Story}; group verdict: {detail.Verdict}");
            Console.WriteLine(d.Explanation);
            Console.WriteLine();
            QueryOutput.Write(Console.Out, parse.GetValue(format)!, ["CLAIM", "OUTLET", "PUBLISHED", "VALUE", "MODALITY", "ATTRIBUTION", "SOURCE", "EVIDENCE"],
                detail.Claims.Select(c => new object?[] { c.Id, c.Outlet, c.Published, c.ValueWords, c.Modality, c.Attribution, c.SourceReason, c.Evidence }));
            Console.WriteLine();
            if (detail.Reviews.Count == 0)
                Console.WriteLine("Not reviewed yet.");
            else
                QueryOutput.Write(Console.Out, parse.GetValue(format)!, ["VERDICT", "BY", "AT", "NOTE"],
                    detail.Reviews.Select(r => new object?[] { r.Verdict, r.MadeBy, r.MadeAt, r.Note }));
            return 0;
        }));
        return command;
    }

    private static Command Review()
    {
        var id = new Argument<long>("id") { Description = "The discrepancy's id" };
        var verdict = new Option<string>("--verdict") { Description = "confirmed (a real disagreement), dismissed (not one) or resolved (settled)", Required = true, HelpName = "VERDICT" };
        verdict.AcceptOnlyFromAmong([.. ClaimStore.ReviewVerdicts]);
        var note = new Option<string?>("--note") { Description = "Why: kept in the audit trail", HelpName = "TEXT" };
        var by = new Option<string>("--by") { Description = "Who decides (default: the current user)", DefaultValueFactory = _ => Environment.UserName, HelpName = "NAME" };
        var db = CommonOptions.Db();
        var command = new Command("review", "Record a verdict on a discrepancy, with a note; the latest verdict is its status")
        {
            id, verdict, note, by, db,
        };
        command.SetAction(parse => WithStore(parse.GetValue(db), (_, store) =>
        {
            var review = store.Review(parse.GetValue(id), parse.GetValue(verdict)!, parse.GetValue(note), parse.GetValue(by)!);
            Console.WriteLine($"Discrepancy {parse.GetValue(id)}: {review.Verdict} by {review.MadeBy} at {review.MadeAt}.");
            return 0;
        }));
        return command;
    }

    private static void WriteJson(Utf8JsonWriter w, DiscrepancyDetail detail)
    {
        var d = detail.Discrepancy;
        w.WriteStartObject();
        w.WriteNumber("id", d.Id);
        w.WriteString("kind", d.Kind);
        w.WriteString("severity", d.Severity);
        w.WriteString("status", d.Status);
        w.WriteBoolean("active", d.Active);
        if (d.Story is { } s) w.WriteNumber("story", s); else w.WriteNull("story");
        w.WriteString("attribute", d.Attribute);
        w.WriteString("subject", d.Subject);
        w.WriteString("verdict", detail.Verdict);
        w.WriteString("explanation", d.Explanation);
        w.WriteStartArray("claims");
        foreach (var c in detail.Claims)
        {
            w.WriteStartObject();
            w.WriteNumber("id", c.Id);
            w.WriteNumber("article", c.ArticleId);
            w.WriteString("outlet", c.Outlet);
            w.WriteString("published", c.Published);
            w.WriteString("value", c.ValueWords);
            w.WriteString("modality", c.Modality);
            w.WriteString("attribution", c.Attribution);
            w.WriteString("source", c.SourceReason);
            w.WriteString("evidence", c.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("reviews");
        foreach (var r in detail.Reviews)
        {
            w.WriteStartObject();
            w.WriteString("verdict", r.Verdict);
            w.WriteString("note", r.Note);
            w.WriteString("by", r.MadeBy);
            w.WriteString("at", r.MadeAt);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static int WithStore(string? dbOption, Func<Database, ClaimStore, int> work)
    {
        var database = CommonOptions.OpenExisting(dbOption, out var code);
        if (database is null)
            return code;
        try
        {
            return work(database, new ClaimStore(database, TimeProvider.System));
        }
        catch (Exception e) when (e is ClaimQueryException or EntityCorrectionException)
        {
            return CommonOptions.Error($"discrepancies: {e.Message}", CommonOptions.ExitFailure);
        }
    }
}
