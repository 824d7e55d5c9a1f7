using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using NewsClaims.App.Commands;
using NewsClaims.App.Pipeline;
using NewsClaims.Storage;
using NewsClaims.Storage.Entities;

namespace NewsClaims.App.Benchmarks;

/// <summary>The entity half of the seed dev check: the seeds go through the real pipeline into a scratch store, then every
/// expected person and organisation must be there with its type, and each identity group must be one entity.</summary>
/// <remarks>Expectations are the "entities" of each seed and the top-level "identities" in quality/seed-analysis.json.</remarks>
internal static class SeedEntityCheck
{
    public sealed record Outcome(List<string> Problems, List<string> Found);

    public static Outcome Run(string seedsDir, string expectationsPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(expectationsPath));
        var root = doc.RootElement;
        var published = DateTimeOffset.Parse(root.GetProperty("published").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var folder = Directory.CreateTempSubdirectory("newsclaims-seeds-").FullName;
        try
        {
            var database = Database.Open(Path.Combine(folder, "seeds.db"));
            using (var services = new PipelineServices(database, CommonOptions.NoFeeds(), NullLoggerFactory.Instance))
            {
                var ingestor = new Ingestor(services);
                foreach (var seed in root.GetProperty("seeds").EnumerateObject())
                {
                    var file = Directory.GetFiles(seedsDir, seed.Name + "*").OrderBy(f => f, StringComparer.Ordinal).First();
                    ingestor.IngestEntry(new ManifestEntry(file, null, $"https://seed-{seed.Name}.example/story", $"seed {seed.Name}", published, null));
                }
                RunOnce.ProcessStored(services, CancellationToken.None);
            }
            return Compare(root, new EntityStore(database, TimeProvider.System), database);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Outcome Compare(JsonElement root, EntityStore store, Database database)
    {
        var problems = new List<string>();
        var found = new List<string>();
        using var c = database.Connect();
        foreach (var seed in root.GetProperty("seeds").EnumerateObject())
        {
            if (!seed.Value.TryGetProperty("entities", out var expected))
                continue;
            var url = $"https://seed-{seed.Name}.example/story";
            var stored = Dapper.SqlMapper.Query<(string Canonical, string Type)>(c, """
                SELECT DISTINCT m.canonical, m.type FROM entity_mentions m JOIN articles a ON a.id = m.article_id WHERE a.url = @url;
                """, new { url }).ToList();
            foreach (var e in expected.EnumerateArray())
            {
                var (name, type) = (e.GetProperty("name").GetString()!, e.GetProperty("type").GetString()!);
                var types = stored.Where(s => s.Canonical == name).Select(s => s.Type).ToList();
                if (types.Count == 0)
                    problems.Add($"seed {seed.Name}: {type} {name} not found");
                else if (!types.Contains(type))
                    problems.Add($"seed {seed.Name}: {name} found as {string.Join("/", types)}, expected {type}");
            }
            found.Add($"seed {seed.Name}: " + string.Join(", ", stored.Where(s => s.Type is "PERSON" or "ORG" or "OUTLET").Select(s => $"{s.Canonical} ({s.Type})")));
        }
        foreach (var group in root.GetProperty("identities").EnumerateArray())
        {
            var names = group.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
            var ids = new HashSet<long>();
            foreach (var name in names)
            {
                try
                {
                    ids.Add(store.Resolve(name));
                }
                catch (EntityCorrectionException e)
                {
                    problems.Add($"identity {names[0]}: {e.Message}");
                }
            }
            var articles = group.GetProperty("articles").GetInt32();
            if (ids.Count > 1)
                problems.Add($"identity {names[0]}: {ids.Count} entities ({string.Join(", ", ids)}), expected one");
            else if (ids.Count == 1 && store.Show(ids.First()) is var d && d.Articles.Count != articles)
                problems.Add($"identity {names[0]}: entity {d.Id} has {d.Articles.Count} articles, expected {articles}");
            else if (ids.Count == 1)
                found.Add($"one entity: {string.Join(" = ", names)} ({articles} articles)");
        }
        SeedReconcileCheck.Compare(root.GetProperty("reconciliation"), database, problems, found);
        return new Outcome(problems, found);
    }
}
