using System.CommandLine;
using System.Text.Json;
using NewsClaims.App.Analysis;
using NewsClaims.Core.Analysis.Claims;
using NewsClaims.Storage.Claims;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims export</c>: the store's derived data as one JSON document, the stable way to take it to other tools.</summary>
/// <remarks>The shape is documented in the README; fields are only ever added, never renamed or removed.</remarks>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Output format; json is the one offered", DefaultValueFactory = _ => "json", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("json");
        var output = new Option<string?>("--out") { Description = "Write to this file (written whole, then moved into place) instead of standard output", HelpName = "FILE" };
        var db = CommonOptions.Db();
        var command = new Command("export", """
            Write the store's derived data as one JSON document: articles, entities with aliases and mentions, claims, claim groups
            with verdicts, stories and active discrepancies. The README documents every field.
            """)
        {
            format, output, db,
        };
        command.SetAction(parse =>
        {
            var database = CommonOptions.OpenExisting(parse.GetValue(db), out var code);
            if (database is null)
                return code;
            var store = new ClaimStore(database, TimeProvider.System);
            var json = JsonOutput.Write(w => Write(w, store), indented: true);
            if (parse.GetValue(output) is not { } path)
            {
                Console.WriteLine(json);
                return 0;
            }
            try
            {
                // A half-written export must never replace a good one.
                var temp = path + ".partial";
                File.WriteAllText(temp, json + Environment.NewLine);
                File.Move(temp, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CommonOptions.Error($"export: cannot write {path}: {e.Message}", CommonOptions.ExitFailure);
            }
            Console.Error.WriteLine($"Exported to {Path.GetFullPath(path)}.");
            return 0;
        });
        return command;
    }

    private static void Write(Utf8JsonWriter w, ClaimStore store)
    {
        w.WriteStartObject();
        w.WriteStartArray("articles");
        foreach (var a in store.Articles())
        {
            w.WriteStartObject();
            w.WriteNumber("id", a.Id);
            w.WriteString("url", a.Url);
            w.WriteString("outlet", a.Outlet);
            w.WriteString("title", a.Title);
            w.WriteString("published", a.Published);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in store.Entities())
        {
            w.WriteStartObject();
            w.WriteNumber("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", e.Type);
            w.WriteStartArray("aliases");
            foreach (var alias in e.Aliases)
                w.WriteStringValue(alias);
            w.WriteEndArray();
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("article", m.Article);
                w.WriteString("text", m.Text);
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in store.Claims(new ClaimFilter(Limit: int.MaxValue)).OrderBy(c => c.Id))
        {
            w.WriteStartObject();
            w.WriteNumber("id", c.Id);
            w.WriteNumber("article", c.ArticleId);
            w.WriteString("kind", c.Kind);
            w.WriteString("subject", c.Subject);
            w.WriteStartArray("entities");
            foreach (var name in (c.Entities ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries))
                w.WriteStringValue(name);
            w.WriteEndArray();
            w.WriteString("attribute", c.Attribute);
            AnalysisJson.WriteValue(w, new ClaimValue((decimal?)c.Value, (decimal?)c.ValueMax, c.ValueText, c.Unit, c.Low, c.High, c.Qualifier));
            w.WriteString("modality", c.Modality);
            w.WriteString("time_scope", c.TimeScope);
            w.WriteString("attribution", c.Attribution);
            w.WriteString("evidence", c.Evidence);
            w.WriteNumber("start", c.Start);
            w.WriteNumber("end", c.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("groups");
        foreach (var g in store.Groups())
        {
            w.WriteStartObject();
            w.WriteNumber("id", g.Id);
            Ids(w, "claims", g.Claims);
            w.WriteString("verdict", g.Verdict);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("stories");
        foreach (var s in store.Stories())
        {
            w.WriteStartObject();
            w.WriteNumber("id", s.Id);
            Ids(w, "articles", s.Articles);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("discrepancies");
        foreach (var (d, claims) in store.DiscrepanciesWithClaims())
        {
            w.WriteStartObject();
            w.WriteNumber("id", d.Id);
            Ids(w, "claims", claims);
            w.WriteString("kind", d.Kind);
            w.WriteString("severity", d.Severity);
            w.WriteString("status", d.Status);
            w.WriteString("explanation", d.Explanation);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Ids(Utf8JsonWriter w, string name, IEnumerable<long> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
            w.WriteNumberValue(id);
        w.WriteEndArray();
    }
}
