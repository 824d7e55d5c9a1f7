using System.Text.Json;
using Dapper;

namespace NewsClaims.App.Tests.Cli;

/// <summary>Entities across articles as a user meets them: ingest links names from several outlets to one entity each,
/// `entities` lists and shows them, and merges and splits survive reprocessing. Every article is our own writing.</summary>
public sealed class EntitiesCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-entities-").FullName;

    private static readonly (string Outlet, string Text)[] Story =
    [
        ("Valley Courier", """
            Fares on regional trains will rise by 4% in January, the Northern Rail Authority (NRA) said on Monday.
            NRA chief executive Marta Lindqvist said higher energy costs left the operator no choice.
            The union's general secretary, Tom Harris, called the rise a tax on commuters.
            """),
        ("Harbour Gazette", """
            Commuters face dearer tickets after the Northern Rail Authority confirmed a 4 percent rise from January 1.
            Lindqvist told staff on Monday that the increase was unavoidable. Marta Lindqvist has led the authority since 2023.
            """),
        ("Coastline Post", """
            The NRA will raise fares next year, according to an internal memo seen by the Coastline Post.
            Transport minister Ellen Harris said she would meet Marta Lindqvist on Friday to discuss the plan.
            """),
    ];

    [Fact]
    public async Task One_entity_per_person_and_organisation_across_outlets_and_never_one_for_a_shared_surname()
    {
        await IngestStoryAsync();

        var list = await Cli("entities", "--format", "json");

        using var json = JsonDocument.Parse(list.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        var authority = Assert.Single(rows, r => r.GetProperty("name").GetString() == "Northern Rail Authority");
        Assert.Equal("ORG", authority.GetProperty("type").GetString());
        Assert.Equal(3, authority.GetProperty("articles").GetInt32());
        Assert.Contains("NRA", authority.GetProperty("aliases").GetString());
        var lindqvist = Assert.Single(rows, r => r.GetProperty("name").GetString() == "Marta Lindqvist");
        Assert.Equal(3, lindqvist.GetProperty("articles").GetInt32());
        Assert.Contains("NRA chief executive", lindqvist.GetProperty("roles").GetString());
        // Tom and Ellen Harris share a surname and nothing else.
        Assert.Single(rows, r => r.GetProperty("name").GetString() == "Tom Harris");
        Assert.Single(rows, r => r.GetProperty("name").GetString() == "Ellen Harris");
    }

    [Fact]
    public async Task Stored_mentions_point_at_their_words_in_the_article_text()
    {
        await IngestStoryAsync();

        using var c = Connect();
        var mentions = c.Query<(string Text, string Article, int Start, int End)>("""
            SELECT m.text, x.text, m.start, m."end" FROM entity_mentions m JOIN extractions x ON x.article_id = m.article_id
            """).ToList();
        Assert.True(mentions.Count >= 10, $"only {mentions.Count} mentions stored");
        Assert.All(mentions, m => Assert.Equal(m.Text, m.Article[m.Start..m.End]));
    }

    [Fact]
    public async Task Show_finds_an_entity_by_any_alias_and_lists_its_articles_and_roles()
    {
        await IngestStoryAsync();

        var show = await Cli("entities", "show", "Lindqvist");

        Assert.Equal(0, show.Exit);
        Assert.Contains("Marta Lindqvist (PERSON)", show.Out);
        Assert.Contains("NRA chief executive", show.Out);
        Assert.Contains("Valley Courier", show.Out);
        Assert.Contains("Coastline Post", show.Out);
        var csv = await Cli("entities", "--type", "PERSON", "--format", "csv");
        Assert.StartsWith("ID,TYPE,NAME,ARTICLES,MENTIONS,ALIASES,ROLES", csv.Out);
    }

    [Fact]
    public async Task A_merge_and_a_split_survive_reextraction_and_reanalysis()
    {
        await IngestStoryAsync();
        // Suppose a reviewer decides the two Harrises are one person (they are not, but the store must keep the decision)
        // and that the Coastline Post's NRA is a different body.
        var merge = await Cli("entities", "merge", "Tom Harris", "Ellen Harris", "--by", "reviewer-a");
        var split = await Cli("entities", "split", "Northern Rail Authority", "--article", ArticleOf("Coastline Post").ToString(), "--by", "reviewer-b");
        Assert.True(merge.Exit == 0, merge.Err);
        Assert.True(split.Exit == 0, split.Err);
        var before = Linking();

        Assert.Equal(0, (await Cli("reprocess", "--stage", "extract")).Exit);
        Assert.Equal(0, (await Cli("reprocess", "--stage", "analyze")).Exit);

        Assert.Equal(before, Linking());
        using var c = Connect();
        Assert.Equal(1, c.ExecuteScalar<int>("""
            SELECT COUNT(DISTINCT entity_id) FROM entity_mentions WHERE canonical IN ('Tom Harris', 'Ellen Harris')
            """));
        Assert.Equal(2, c.ExecuteScalar<int>("SELECT COUNT(DISTINCT entity_id) FROM entity_mentions WHERE canonical LIKE '%Northern Rail Authority' OR text = 'NRA'"));
        var show = await Cli("entities", "show", "Tom Harris");
        Assert.Contains("reviewer-a", show.Out);
    }

    [Fact]
    public async Task Mistaken_corrections_are_refused_with_a_reason()
    {
        await IngestStoryAsync();

        var unknown = await Cli("entities", "show", "Nobody Atall");
        var self = await Cli("entities", "merge", "Marta Lindqvist", "Lindqvist");
        var nothing = await Cli("entities", "split", "Marta Lindqvist");
        var everything = await Cli("entities", "split", "Marta Lindqvist", "--alias", "Marta Lindqvist");

        Assert.Equal(1, unknown.Exit);
        Assert.Contains("no entity named 'Nobody Atall'", unknown.Err);
        Assert.Equal(1, self.Exit);
        Assert.Contains("already one entity", self.Err);
        Assert.Equal(2, nothing.Exit);
        Assert.Contains("--alias NAME or --article ID", nothing.Err);
        Assert.Equal(1, everything.Exit);
        Assert.Contains("would move all of entity", everything.Err);
    }

    [Fact]
    public async Task Entities_without_a_database_says_how_to_make_one()
    {
        var result = await Cli("entities", "--db", Path.Combine(_folder, "missing.db"));

        Assert.Equal(1, result.Exit);
        Assert.Contains("no database at", result.Err);
        Assert.False(File.Exists(Path.Combine(_folder, "missing.db")));
    }

    // Which entity each article's names went to, as (article, canonical) → entity id.
    private List<(long, string, long)> Linking()
    {
        using var c = Connect();
        return c.Query<(long, string, long)>("SELECT DISTINCT article_id, canonical, entity_id FROM entity_mentions ORDER BY 1, 2").ToList();
    }

    private long ArticleOf(string outlet)
    {
        using var c = Connect();
        return c.ExecuteScalar<long>("SELECT a.id FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE o.name = @outlet", new { outlet });
    }

    private async Task IngestStoryAsync()
    {
        var lines = Story.Select((s, i) =>
        {
            var path = Path.Combine(_folder, $"story{i}.txt");
            File.WriteAllText(path, s.Text);
            return JsonSerializer.Serialize(new { path, url = $"https://news{i}.example/fares", outlet = s.Outlet, published = "2026-11-16" });
        });
        File.WriteAllLines(Path.Combine(_folder, "story.jsonl"), lines);
        var ingest = await Cli("ingest", "--manifest", "story.jsonl");
        Assert.True(ingest.Exit == 0, ingest.Err);
        Assert.Contains("Analysed 3 articles", ingest.Out);
    }

    private Task<(int Exit, string Out, string Err)> Cli(params string[] args) => Support.Cli.RunAsync(_folder, args);

    private Microsoft.Data.Sqlite.SqliteConnection Connect() => new NewsClaims.Storage.Database(Path.Combine(_folder, "newsclaims.db")).Connect();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
