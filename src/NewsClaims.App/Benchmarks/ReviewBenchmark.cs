using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NewsClaims.Storage;
using NewsClaims.Web;

namespace NewsClaims.App.Benchmarks;

/// <summary>Seeds a scratch store with generated claims and discrepancies (fixed seed) and times the review server's pages and
/// API over loopback HTTP, as a browser would request them.</summary>
internal static class ReviewBenchmark
{
    public sealed record Timing(string What, int Requests, double MedianMs, double P95Ms, double MaxMs);

    public sealed record Result(int Articles, int Claims, int Discrepancies, double SeedSeconds, long DatabaseBytes, IReadOnlyList<Timing> Timings);

    private static readonly string[] Outlets =
        ["Harbour Gazette", "Metro Wire", "Valley Courier", "Coastline Post", "Nordic Ledger", "Baltic Daily", "Night Desk", "Civic Times",
         "Morning Star", "Evening Herald", "Capital Report", "River Post", "Highland Mail", "Lakeside News", "Union Journal", "Plains Daily",
         "Summit Wire", "Delta Tribune", "Border Echo", "Island Review"];
    private static readonly string[] Attributes = ["revenue", "job cuts", "deaths", "cost", "price change", "employees", "funding", "loss"];

    public static async Task<Result> RunAsync(string folder, int claims, int discrepancies, int requests)
    {
        const int claimsPerArticle = 10, articlesPerStory = 5;
        var articles = claims / claimsPerArticle;
        var path = Path.Combine(folder, "review-bench.db");
        var database = Database.Open(path);
        var watch = Stopwatch.StartNew();
        Seed(database, articles, claimsPerArticle, articlesPerStory, discrepancies);
        var seedSeconds = watch.Elapsed.TotalSeconds;

        await using var app = ReviewServer.Build(new ReviewServerOptions(database, ["http://127.0.0.1:0"], null, "bench"));
        await app.StartAsync();
        var root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        using var client = new HttpClient { BaseAddress = new Uri(root) };
        var random = new Random(7);
        var timings = new List<Timing>
        {
            await TimeAsync(client, "queue page (open, first 100)", requests, _ => "/"),
            await TimeAsync(client, "queue page, last page", requests, _ => $"/?page={Math.Max(1, discrepancies / 100)}"),
            await TimeAsync(client, "queue filtered by outlet", requests, i => $"/?outlet={Uri.EscapeDataString(Outlets[i % Outlets.Length])}"),
            await TimeAsync(client, "queue filtered by entity", requests, i => $"/?entity={1 + i % 400}"),
            await TimeAsync(client, "discrepancy page", requests, _ => $"/discrepancies/{random.Next(1, discrepancies + 1)}"),
            await TimeAsync(client, "GET /api/discrepancies?limit=100", requests, _ => "/api/discrepancies?limit=100"),
            await TimeAsync(client, "GET /api/discrepancies/{id}", requests, _ => $"/api/discrepancies/{random.Next(1, discrepancies + 1)}"),
            await TimeAsync(client, "search page", requests, i => $"/search?q={Uri.EscapeDataString(Attributes[i % Attributes.Length])}"),
        };
        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return new Result(articles, articles * claimsPerArticle, discrepancies, seedSeconds, new FileInfo(path).Length, timings);
    }

    private static async Task<Timing> TimeAsync(HttpClient client, string what, int requests, Func<int, string> url)
    {
        for (var i = 0; i < 3; i++)
            (await client.GetAsync(url(i))).EnsureSuccessStatusCode();   // warm-up: JIT, SQLite page cache
        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url(i));
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        times.Sort();
        return new Timing(what, requests, times[times.Count / 2], times[(int)(times.Count * 0.95)], times[^1]);
    }

    /// <summary>Writes the generated store straight through SQL, in the shapes the pipeline stores: outlets, articles with text,
    /// entities and mentions, claims with sentences, stories, claim groups and open discrepancies.</summary>
    private static void Seed(Database database, int articles, int claimsPerArticle, int articlesPerStory, int discrepancies)
    {
        var random = new Random(20261121);
        var now = "2026-11-21T00:00:00.000Z";
        var start = new DateTime(2026, 1, 1, 6, 0, 0, DateTimeKind.Utc);
        database.InTransaction((c, t) =>
        {
            c.Execute("INSERT INTO outlets (id, name, created_at) VALUES (@id, @name, @now);",
                Outlets.Select((name, i) => new { id = i + 1, name, now }), t);
            c.Execute("INSERT INTO entities (id, type, name, created_at, updated_at) VALUES (@id, 'ORG', @name, @now, @now);",
                Enumerable.Range(1, 400).Select(i => new { id = i, name = $"Company {i:000}", now }), t);
            var stories = articles / articlesPerStory;
            c.Execute("INSERT INTO stories (id, anchor_article_id, dirty, created_at, updated_at) VALUES (@id, @anchor, 0, @now, @now);",
                Enumerable.Range(1, stories).Select(s => new { id = s, anchor = (s - 1) * articlesPerStory + 1, now }), t);
            var claimRows = new List<object>(articles * claimsPerArticle);
            for (var a = 1; a <= articles; a++)
            {
                var story = (a - 1) / articlesPerStory + 1;
                var company = 1 + story % 400;
                var published = start.AddHours(story * 2 + random.Next(0, 24)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
                var sentences = Enumerable.Range(0, claimsPerArticle).Select(k =>
                    $"Company {company:000} said its {Attributes[k % Attributes.Length]} reached {100 + random.Next(0, 900)} million in the period, officials said.").ToList();
                var text = string.Join("\n\n", sentences);
                c.Execute("""
                    INSERT INTO articles (id, url, outlet_id, source, hint_title, hint_published, stage, discovered_at, updated_at)
                    VALUES (@a, @url, @outlet, 'bench', @title, @published, 'analyzed', @now, @now);
                    INSERT INTO extractions (article_id, extractor_version, extracted_at, is_article, title, authors, published, text, paragraphs, sources)
                    VALUES (@a, 'bench', @now, 1, @title, '[]', @published, @text, '[]', '{}');
                    INSERT INTO analyses (article_id, analyzer_version, analyzed_at, anchor_date, day_first) VALUES (@a, 'bench', @now, @published, 0);
                    INSERT INTO entity_mentions (article_id, ordinal, entity_id, text, start, "end", type, canonical)
                    VALUES (@a, 0, @company, @name, 0, 11, 'ORG', @name);
                    INSERT INTO story_articles (article_id, story_id, published, entities, terms, joined_at) VALUES (@a, @story, @published, '', '', @now);
                    """, new
                {
                    a, url = $"https://outlet{a % Outlets.Length}.example/{a}", outlet = 1 + (a - 1) % Outlets.Length,
                    title = $"Company {company:000} results, report {a}", published, text, now, company, name = $"Company {company:000}", story,
                }, t);
                var offset = 0;
                for (var k = 0; k < claimsPerArticle; k++)
                {
                    var sentence = sentences[k];
                    var at = sentence.IndexOf("reached ", StringComparison.Ordinal) + 8;
                    var value = int.Parse(sentence.AsSpan(at, 3), CultureInfo.InvariantCulture);
                    claimRows.Add(new
                    {
                        a, k, attribute = Attributes[k % Attributes.Length], value = value * 1e6, words = $"{value} million", evidence = sentence,
                        evidenceStart = offset, start = offset + at, end = offset + at + 11,
                        modality = k % 7 == 0 ? "expected" : "asserted",
                    });
                    offset += sentence.Length + 2;
                }
            }
            c.Execute("""
                INSERT INTO claims (article_id, ordinal, kind, attribute, subject_mention, value, unit, low, high, qualifier, modality, value_words,
                                    evidence, evidence_start, start, "end")
                VALUES (@a, @k, 'money', @attribute, 0, @value, 'EUR', @value, @value, 'exact', @modality, @words, @evidence, @evidenceStart, @start, @end);
                INSERT INTO claim_entities (claim_id, mention) VALUES (last_insert_rowid(), 0);
                """, claimRows, t);
            // One group per story and attribute slot, holding that slot's claim from each of the story's articles.
            var groups = stories * claimsPerArticle;
            c.Execute("""
                INSERT INTO claim_groups (id, story_id, key, attribute, subject_entity_id, verdict, independent_sources, explanation, updated_at)
                VALUES (@g, @story, @key, @attribute, @subject, @verdict, 3, 'generated', @now);
                """, Enumerable.Range(0, groups).Select(g => new
            {
                g = g + 1, story = g / claimsPerArticle + 1, key = $"bench-{g}", attribute = Attributes[g % claimsPerArticle % Attributes.Length],
                subject = 1 + (g / claimsPerArticle + 1) % 400, verdict = g < discrepancies ? "discrepancy" : "corroborated", now,
            }), t);
            c.Execute("""
                INSERT INTO group_claims (group_id, claim_id)
                SELECT (sa.story_id - 1) * @perArticle + k.ordinal + 1, k.id FROM claims k JOIN story_articles sa ON sa.article_id = k.article_id;
                """, new { perArticle = claimsPerArticle }, t);
            string[] severities = ["high", "medium", "low"];
            c.Execute("""
                INSERT INTO discrepancies (id, key, group_id, story_id, kind, severity, explanation, created_at, updated_at)
                VALUES (@d, @key, @d, @story, 'value', @severity, @explanation, @now, @now);
                """, Enumerable.Range(1, Math.Min(discrepancies, groups)).Select(d => new
            {
                d, key = $"bench-d-{d}", story = (d - 1) / claimsPerArticle + 1, severity = severities[d % 3],
                explanation = "outlets state different values for the same figure", now,
            }), t);
        });
    }
}
