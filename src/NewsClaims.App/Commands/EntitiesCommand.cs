using System.CommandLine;
using NewsClaims.Storage.Entities;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims entities</c>: the people, organisations, places and outlets across articles, and the reviewer's
/// corrections (merge two that are one, split one that is two).</summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var command = new Command("entities", """
            List the entities found across articles (the default), show one, or correct the linking: `merge` makes two entities
            one, `split` separates what was wrongly made one. Corrections are kept and survive reprocessing.
            """);
        AddListing(command);
        var list = new Command("list", "List entities, the most written-about first");
        AddListing(list);
        command.Subcommands.Add(list);
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Merge());
        command.Subcommands.Add(Split());
        return command;
    }

    private static void AddListing(Command command)
    {
        var type = new Option<string?>("--type") { Description = "Only this type: PERSON, ORG, LOCATION or OUTLET", HelpName = "TYPE" };
        type.AcceptOnlyFromAmong("PERSON", "ORG", "LOCATION", "OUTLET");
        var search = new Option<string?>("--search") { Description = "Only entities whose name or an alias contains this text", HelpName = "TEXT" };
        var limit = new Option<int>("--limit") { Description = "At most this many rows", DefaultValueFactory = _ => 100, HelpName = "N" };
        var format = QueryOutput.Format();
        var db = CommonOptions.Db();
        command.Options.Add(type);
        command.Options.Add(search);
        command.Options.Add(limit);
        command.Options.Add(format);
        command.Options.Add(db);
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1)
                return CommonOptions.Error("entities: --limit must be at least 1", CommonOptions.ExitConfig);
            return WithStore(parse.GetValue(db), store =>
            {
                var rows = store.List(parse.GetValue(type), parse.GetValue(search), parse.GetValue(limit));
                QueryOutput.Write(Console.Out, parse.GetValue(format)!, ["ID", "TYPE", "NAME", "ARTICLES", "MENTIONS", "ALIASES", "ROLES"],
                    rows.Select(r => new object?[] { r.Id, r.Type, r.Name, r.Articles, r.Mentions, r.Aliases, r.Roles }));
                if (rows.Count == 0 && parse.GetValue(format) == "table")
                    Console.Error.WriteLine("No entities yet: they are found when articles are analysed (`newsclaims run --once`).");
                return 0;
            });
        });
    }

    private static Command Show()
    {
        var entity = new Argument<string>("entity") { Description = "The entity's id, or a name or alias it goes by" };
        var format = QueryOutput.Format();
        var db = CommonOptions.Db();
        var command = new Command("show", "Show one entity: its aliases with how many articles used each, the roles given to it, its articles, and corrections")
        {
            entity, format, db,
        };
        command.SetAction(parse => WithStore(parse.GetValue(db), store =>
        {
            var id = store.Resolve(parse.GetValue(entity)!);
            var detail = store.Show(id);
            if (parse.GetValue(format) == "json")
                Console.WriteLine(JsonOutput.Write(w => WriteJson(w, detail), indented: true));
            else
                WriteText(detail, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private static Command Merge()
    {
        var into = new Argument<string>("into") { Description = "The entity to keep (id or name)" };
        var from = new Argument<string>("from") { Description = "The entity that is the same thing (id or name); its id will lead to the first" };
        var by = By();
        var db = CommonOptions.Db();
        var command = new Command("merge", "Make two entities one: the second's mentions, aliases and articles join the first") { into, from, by, db };
        command.SetAction(parse => WithStore(parse.GetValue(db), store =>
        {
            var (a, b) = (store.Resolve(parse.GetValue(into)!), store.Resolve(parse.GetValue(from)!));
            store.Merge(a, b, parse.GetValue(by)!);
            var kept = store.Show(a);
            Console.WriteLine($"Merged entity {b} into {a} ({kept.Name}): {kept.Articles.Count} articles, {kept.Aliases.Count} aliases.");
            return 0;
        }));
        return command;
    }

    private static Command Split()
    {
        var entity = new Argument<string>("entity") { Description = "The entity that wrongly holds two things (id or name)" };
        var alias = new Option<string[]>("--alias")
        {
            Description = "Move the mentions written this way (and articles that name it so) to the new entity; repeatable",
            HelpName = "NAME", AllowMultipleArgumentsPerToken = false,
        };
        var article = new Option<long[]>("--article") { Description = "Move this article's mentions to the new entity; repeatable", HelpName = "ID" };
        var by = By();
        var db = CommonOptions.Db();
        var command = new Command("split", "Separate part of an entity into a new one, by alias or by article") { entity, alias, article, by, db };
        command.SetAction(parse =>
        {
            var aliases = parse.GetValue(alias) ?? [];
            var articles = parse.GetValue(article) ?? [];
            if (aliases.Length == 0 && articles.Length == 0)
                return CommonOptions.Error("entities split: say what to move with --alias NAME or --article ID", CommonOptions.ExitConfig);
            return WithStore(parse.GetValue(db), store =>
            {
                var id = store.Resolve(parse.GetValue(entity)!);
                var created = store.Split(id, aliases, articles, parse.GetValue(by)!);
                var (kept, moved) = (store.Show(id), store.Show(created));
                Console.WriteLine($"Split entity {created} ({moved.Name}, {moved.Articles.Count} articles) out of {id} ({kept.Name}, {kept.Articles.Count} articles).");
                return 0;
            });
        });
        return command;
    }

    private static Option<string> By() => new("--by")
    {
        Description = "Who makes the correction, for the record (default: the login name)",
        DefaultValueFactory = _ => Environment.UserName,
        HelpName = "NAME",
    };

    private static int WithStore(string? dbOption, Func<EntityStore, int> work)
    {
        var database = CommonOptions.OpenExisting(dbOption, out var code);
        if (database is null)
            return code;
        try
        {
            return work(new EntityStore(database, TimeProvider.System));
        }
        catch (EntityCorrectionException e)
        {
            return CommonOptions.Error($"entities: {e.Message}", CommonOptions.ExitFailure);
        }
    }

    private static void WriteText(EntityDetail d, string format)
    {
        Console.WriteLine($"Entity {d.Id}: {d.Name} ({d.Type})" + (d.MergedInto is { } m ? $", merged into {m}" : ""));
        Console.WriteLine();
        QueryOutput.Write(Console.Out, format, ["ALIAS", "ARTICLES"], d.Aliases.Select(a => new object?[] { a.Text, a.Articles }));
        if (d.Roles.Count > 0)
        {
            Console.WriteLine();
            QueryOutput.Write(Console.Out, format, ["ROLE", "ARTICLE", "OUTLET"], d.Roles.Select(r => new object?[] { r.Role, r.ArticleId, r.Outlet }));
        }
        Console.WriteLine();
        QueryOutput.Write(Console.Out, format, ["ARTICLE", "OUTLET", "PUBLISHED", "MENTIONS", "TITLE", "URL"],
            d.Articles.Select(a => new object?[] { a.Id, a.Outlet, a.Published, a.Mentions, a.Title, a.Url }));
        if (d.Corrections.Count > 0)
        {
            Console.WriteLine();
            QueryOutput.Write(Console.Out, format, ["CORRECTION", "BY", "AT", "WHAT"],
                d.Corrections.Select(c => new object?[] { c.Action, c.MadeBy, c.MadeAt, c.Detail }));
        }
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter w, EntityDetail d)
    {
        w.WriteStartObject();
        w.WriteNumber("id", d.Id);
        w.WriteString("type", d.Type);
        w.WriteString("name", d.Name);
        if (d.MergedInto is { } m)
            w.WriteNumber("merged_into", m);
        else
            w.WriteNull("merged_into");
        Objects(w, "aliases", d.Aliases, a =>
        {
            w.WriteString("text", a.Text);
            w.WriteNumber("articles", a.Articles);
        });
        Objects(w, "roles", d.Roles, r =>
        {
            w.WriteString("role", r.Role);
            w.WriteNumber("article", r.ArticleId);
            w.WriteString("outlet", r.Outlet);
        });
        Objects(w, "articles", d.Articles, a =>
        {
            w.WriteNumber("id", a.Id);
            w.WriteString("url", a.Url);
            w.WriteString("outlet", a.Outlet);
            w.WriteString("title", a.Title);
            w.WriteString("published", a.Published);
            w.WriteNumber("mentions", a.Mentions);
        });
        Objects(w, "corrections", d.Corrections, c =>
        {
            w.WriteString("action", c.Action);
            w.WriteString("by", c.MadeBy);
            w.WriteString("at", c.MadeAt);
            w.WriteString("detail", c.Detail);
        });
        w.WriteEndObject();
    }

    private static void Objects<T>(System.Text.Json.Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
