using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsClaims.App.Tests.Reconciliation;

/// <summary>Reconciliation as a user meets it: five stories of our own writing go in through `ingest`, and `export`, `claims` and
/// `discrepancies` show exactly the groups and verdicts each story holds, copies counted once, and reviews that survive re-runs.</summary>
public sealed class ReconciliationCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-reconcile-").FullName;

    // (story, attribute, verdict, outlets): every group the five stories must produce, and nothing else.
    private static readonly (string Story, string Attribute, string Verdict, string Outlets)[] ExpectedGroups =
    [
        ("plant", "job cuts", "discrepancy", "Harbour Gazette, Metro Wire, Valley Courier"),
        ("plant", "closure", "corroborated", "Metro Wire, Valley Courier"),
        ("storm", "deaths", "update", "Coastline Post, Harbour Gazette, Valley Courier"),
        ("results", "revenue", "modality difference", "Coastline Post, Harbour Gazette, Metro Wire"),
        ("results", "start", "precision difference", "Coastline Post, Harbour Gazette, Metro Wire"),
        ("port", "containers", "corroborated", "Baltic Daily, Coastline Post, Nordic Ledger"),
        ("port", "cost", "corroborated", "Baltic Daily, Nordic Ledger"),
        ("port", "employees", "corroborated", "Baltic Daily, Nordic Ledger"),
        ("port", "start", "corroborated", "Baltic Daily, Nordic Ledger"),
        ("strike", "strike", "discrepancy", "Coastline Post, Harbour Gazette, Valley Courier"),
        ("strike", "price change", "corroborated", "Coastline Post, Harbour Gazette, Valley Courier"),
    ];

    [Fact]
    public async Task Each_story_gets_exactly_its_groups_and_verdicts()
    {
        await IngestAsync(OwnStories.All);

        using var export = await ExportAsync();
        var root = export.RootElement;
        var storyOf = Articles(root).ToDictionary(a => a.Id, a => a.Story);
        var outletOf = Articles(root).ToDictionary(a => a.Id, a => a.Outlet);
        var claimArticle = root.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetInt64(), c => c.GetProperty("article").GetInt64());
        var claimAttribute = root.GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetInt64(), c => c.GetProperty("attribute").GetString());

        var groups = root.GetProperty("groups").EnumerateArray().Select(g =>
        {
            var claims = g.GetProperty("claims").EnumerateArray().Select(c => c.GetInt64()).ToList();
            return (Story: storyOf[claimArticle[claims[0]]], Attribute: claimAttribute[claims[0]]!, Verdict: g.GetProperty("verdict").GetString()!,
                Outlets: string.Join(", ", claims.Select(c => outletOf[claimArticle[c]]).Distinct().Order(StringComparer.Ordinal)));
        }).ToList();

        Assert.Equal(ExpectedGroups.OrderBy(g => g.Story).ThenBy(g => g.Attribute), groups.OrderBy(g => g.Story).ThenBy(g => g.Attribute));
        // Stories: five, each holding just its own outlets' articles.
        var stories = root.GetProperty("stories").EnumerateArray()
            .Select(s => s.GetProperty("articles").EnumerateArray().Select(a => storyOf[a.GetInt64()]).Distinct().Single()).Order().ToList();
        Assert.Equal(["plant", "port", "results", "storm", "strike"], stories);
    }

    [Fact]
    public async Task Syndicated_and_translated_copies_count_once_and_the_store_says_why()
    {
        await IngestAsync(OwnStories.All);

        using var c = Connect();
        var reasons = c.Query<(string Url, string Reason)>("""
            SELECT a.url, s.source_reason FROM story_articles s JOIN articles a ON a.id = s.article_id ORDER BY a.id;
            """).ToDictionary(r => r.Url, r => r.Reason);
        Assert.StartsWith("syndicated copy of article", reasons[OwnStories.UrlOf("plant", "Metro Wire")]);
        Assert.StartsWith("translated or rewritten copy of article", reasons[OwnStories.UrlOf("port", "Baltic Daily")]);
        var sources = c.Query<(string Attribute, int Sources)>("""
            SELECT attribute, independent_sources FROM claim_groups WHERE attribute IN ('containers', 'closure');
            """).ToDictionary(r => r.Attribute, r => r.Sources);
        // The Nordic Ledger and its translation are one source; the Coastline Post's own report is the second.
        Assert.Equal(2, sources["containers"]);
        // The wire copy adds nothing to the Courier's word.
        Assert.Equal(1, sources["closure"]);
    }

    [Fact]
    public async Task Discrepancies_list_by_severity_and_a_review_survives_reprocessing()
    {
        await IngestAsync(OwnStories.All);

        var list = await Cli("discrepancies", "--format", "json");
        using (var json = JsonDocument.Parse(list.Out))
        {
            var rows = json.RootElement.EnumerateArray()
                .Select(r => (Kind: r.GetProperty("kind").GetString(), Severity: r.GetProperty("severity").GetString(), Attribute: r.GetProperty("attribute").GetString()))
                .ToList();
            (string?, string?, string?)[] expected = [("value", "medium", "job cuts"), ("value", "medium", "strike"), ("modality", "low", "revenue")];
            Assert.Equal(expected.OrderBy(r => r.Item3), rows.OrderBy(r => r.Item3));
            // Most severe first.
            Assert.Equal("low", rows[^1].Severity);
        }
        var id = await DiscrepancyIdAsync("revenue");

        var review = await Cli("discrepancies", "review", id, "--verdict", "dismissed", "--note", "analysts' forecast, not a dispute", "--by", "editor");
        Assert.True(review.Exit == 0, review.Err);
        var again = await Cli("reprocess", "--stage", "analyze");
        Assert.True(again.Exit == 0, again.Err);

        var dismissed = await Cli("discrepancies", "list", "--status", "dismissed", "--format", "json");
        using (var json = JsonDocument.Parse(dismissed.Out))
            Assert.Equal(id, Assert.Single(json.RootElement.EnumerateArray()).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var open = await Cli("discrepancies", "--status", "open", "--format", "json");
        using (var json = JsonDocument.Parse(open.Out))
            Assert.Equal(2, json.RootElement.GetArrayLength());
        var show = await Cli("discrepancies", "show", id);
        Assert.Contains("dismissed", show.Out);
        Assert.Contains("analysts' forecast, not a dispute", show.Out);
        Assert.Contains("editor", show.Out);
        Assert.Contains("is expected to report revenue of $2.4 billion", show.Out);
    }

    [Fact]
    public async Task A_late_article_updates_its_own_story_and_leaves_the_others_alone()
    {
        var late = OwnStories.All.Single(a => a is { Story: "storm", Outlet: "Harbour Gazette" });
        await IngestAsync(OwnStories.All.Where(a => a != late).ToArray());
        using var c = Connect();
        var before = c.Query<(long Id, string Updated)>("SELECT id, updated_at FROM stories ORDER BY id;").ToList();
        Assert.Equal(5, before.Count);

        await IngestAsync([late], "late.jsonl");

        var after = c.Query<(long Id, string Updated)>("SELECT id, updated_at FROM stories ORDER BY id;").ToList();
        Assert.Equal(before.Select(s => s.Id), after.Select(s => s.Id));
        var changed = after.Where(s => before.Single(b => b.Id == s.Id).Updated != s.Updated).Select(s => s.Id).ToList();
        var storm = c.ExecuteScalar<long>("SELECT story_id FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE a.url = @url;",
            new { url = OwnStories.UrlOf("storm", "Harbour Gazette") });
        Assert.Equal([storm], changed);
        Assert.Equal(3, c.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM group_claims gc JOIN claim_groups g ON g.id = gc.group_id WHERE g.attribute = 'deaths';
            """));
    }

    [Fact]
    public async Task Claims_filter_by_attribute_and_entity_and_bad_requests_fail_clearly()
    {
        await IngestAsync(OwnStories.All);

        var csv = await Cli("claims", "--attribute", "job cuts", "--format", "csv");
        var lines = csv.Out.Trim().Split('\n');
        Assert.StartsWith("ID,ARTICLE,OUTLET,STORY,KIND,ATTRIBUTE,VALUE", lines[0]);
        Assert.Equal(3, lines.Length - 1);
        var okafor = await Cli("claims", "--entity", "Nadia Okafor", "--format", "json");
        using (var json = JsonDocument.Parse(okafor.Out))
            Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal("results", StoryOfUrl(r.GetProperty("outlet").GetString()!, "results")));

        var unknown = await Cli("discrepancies", "review", "999", "--verdict", "confirmed");
        Assert.NotEqual(0, unknown.Exit);
        Assert.Contains("no discrepancy 999", unknown.Err);
        var badVerdict = await Cli("discrepancies", "review", "1", "--verdict", "maybe");
        Assert.NotEqual(0, badVerdict.Exit);
        var nobody = await Cli("claims", "--entity", "Nobody Atall");
        Assert.NotEqual(0, nobody.Exit);
        Assert.Contains("no entity named", nobody.Err);
    }

    private static string StoryOfUrl(string outlet, string story) =>
        OwnStories.All.Any(a => a.Outlet == outlet && a.Story == story) ? story : "(another story)";

    private async Task<string> DiscrepancyIdAsync(string attribute)
    {
        var list = await Cli("discrepancies", "--format", "json");
        using var json = JsonDocument.Parse(list.Out);
        return json.RootElement.EnumerateArray().Single(r => r.GetProperty("attribute").GetString() == attribute)
            .GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<(long Id, string Story, string Outlet)> Articles(JsonElement root) =>
        root.GetProperty("articles").EnumerateArray().Select(a =>
        {
            var url = a.GetProperty("url").GetString()!;
            return (a.GetProperty("id").GetInt64(), new Uri(url).Segments[1].TrimEnd('/'), a.GetProperty("outlet").GetString()!);
        });

    private async Task<JsonDocument> ExportAsync()
    {
        var path = Path.Combine(_folder, "export.json");
        var export = await Cli("export", "--format", "json", "--out", path);
        Assert.True(export.Exit == 0, export.Err);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    private async Task IngestAsync(IReadOnlyList<OwnStories.Article> articles, string manifest = "stories.jsonl")
    {
        OwnStories.WriteManifest(_folder, articles, manifest);
        var ingest = await Cli("ingest", "--manifest", manifest);
        Assert.True(ingest.Exit == 0, ingest.Err);
        Assert.Contains($"Analysed {articles.Count} articles", ingest.Out);
    }

    private Task<(int Exit, string Out, string Err)> Cli(params string[] args) =>
        Support.Cli.RunAsync(_folder, args);

    private SqliteConnection Connect()
    {
        var c = new SqliteConnection($"Data Source={Path.Combine(_folder, "newsclaims.db")}");
        c.Open();
        return c;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
