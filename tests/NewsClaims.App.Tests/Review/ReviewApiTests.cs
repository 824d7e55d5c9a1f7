using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsClaims.App.Tests.Review;

/// <summary>Every endpoint of the JSON API over a real store: answers, filters, and bad input refused with 400 and a message.</summary>
public sealed class ReviewApiTests(ReviewSite site) : IClassFixture<ReviewSite>
{
    [Fact]
    public async Task Discrepancies_are_listed_most_severe_first_and_filtered_by_each_parameter()
    {
        using var client = site.Client();
        var all = await Array(client, "/api/discrepancies");
        Assert.Equal(["job cuts", "revenue", "strike"], all.Select(d => d.GetProperty("attribute").GetString()).Order());
        var ranks = all.Select(d => d.GetProperty("severity").GetString() switch { "high" => 0, "medium" => 1, _ => 2 }).ToList();
        Assert.Equal(ranks.Order(), ranks);

        Assert.Equal(["job cuts"], Attributes(await Array(client, "/api/discrepancies?outlet=Night%20Desk")));
        Assert.Equal(["job cuts"], Attributes(await Array(client, "/api/discrepancies?entity=Kestrel%20Motors")));
        var plantStory = all.Single(d => d.GetProperty("attribute").GetString() == "job cuts").GetProperty("story").GetInt64();
        Assert.Equal(["job cuts"], Attributes(await Array(client, $"/api/discrepancies?story={plantStory}")));
        Assert.Equal(["job cuts"], Attributes(await Array(client, "/api/discrepancies?since=2026-05-01&until=2026-05-31")));
        Assert.Empty(await Array(client, "/api/discrepancies?status=confirmed&outlet=Night%20Desk"));
        var severity = all[0].GetProperty("severity").GetString();
        Assert.All(await Array(client, $"/api/discrepancies?severity={severity}"), d => Assert.Equal(severity, d.GetProperty("severity").GetString()));
        Assert.Single(await Array(client, "/api/discrepancies?limit=1"));
    }

    [Theory]
    [InlineData("/api/discrepancies?severity=huge", "severity must be one of high, medium, low")]
    [InlineData("/api/discrepancies?status=pending", "status must be one of")]
    [InlineData("/api/discrepancies?since=12%2F05%2F2026", "since must be a day like")]
    [InlineData("/api/discrepancies?story=two", "story must be a positive whole number")]
    [InlineData("/api/discrepancies?limit=0", "limit must be a whole number from 1")]
    [InlineData("/api/discrepancies?entity=Nobody%20Atall", "no entity named 'Nobody Atall'")]
    [InlineData("/api/discrepancies?colour=red", "unknown parameter 'colour'")]
    [InlineData("/api/discrepancies/abc", "the id must be a positive whole number")]
    [InlineData("/api/claims?since=yesterday", "since must be a day like")]
    [InlineData("/api/entities?type=ANIMAL", "type must be one of PERSON, ORG, LOCATION, OUTLET")]
    [InlineData("/api/stories?limit=many", "limit must be a whole number")]
    [InlineData("/api/search", "q is required")]
    public async Task Bad_input_is_400_with_a_message_that_says_what_is_wrong(string url, string message)
    {
        using var client = site.Client();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("/api/discrepancies/99999", "no discrepancy 99999")]
    [InlineData("/api/entities/99999", "no entity 99999")]
    public async Task Unknown_ids_are_404(string url, string message)
    {
        using var client = site.Client();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task One_discrepancy_has_its_claims_in_their_sentences_its_trail_and_the_story_timeline()
    {
        using var client = site.Client();
        var id = site.DiscrepancyAbout("job cuts");
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/discrepancies/{id}");
        var claims = detail.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(["Harbour Gazette", "Metro Wire", "Night Desk", "Valley Courier"],
            claims.Select(c => c.GetProperty("outlet").GetString()).Order());
        Assert.All(claims, c => Assert.Contains(c.GetProperty("value_words").GetString()!, c.GetProperty("evidence").GetString()));
        Assert.Contains(claims, c => c.GetProperty("url").GetString() == "https://nightdesk.example/plant/article");
        Assert.Empty(detail.GetProperty("reviews").EnumerateArray());
        Assert.True(detail.GetProperty("timeline").GetArrayLength() >= claims.Count);
    }

    [Fact]
    public async Task Claims_entities_stories_and_search_answer_with_their_filters()
    {
        using var client = site.Client();
        var cuts = await Array(client, "/api/claims?attribute=job%20cuts");
        Assert.Equal(4, cuts.Count);
        Assert.All(cuts, c => Assert.Equal("job cuts", c.GetProperty("attribute").GetString()));
        Assert.Equal(2, (await Array(client, "/api/claims?limit=2")).Count);

        var orgs = await Array(client, "/api/entities?type=ORG");
        Assert.All(orgs, e => Assert.Equal("ORG", e.GetProperty("type").GetString()));
        var kestrel = orgs.Single(e => e.GetProperty("name").GetString() == "Kestrel Motors").GetProperty("id").GetInt64();
        var entity = await client.GetFromJsonAsync<JsonElement>($"/api/entities/{kestrel}");
        Assert.Equal(4, entity.GetProperty("articles").GetArrayLength());
        Assert.Single(await Array(client, "/api/entities?search=Kestrel&type=ORG"));

        var stories = await Array(client, "/api/stories");
        Assert.Equal(5, stories.Count);
        Assert.Single(await Array(client, "/api/stories?entity=Kestrel%20Motors"));
        Assert.Single(await Array(client, "/api/stories?since=2026-05-12&limit=1"));

        var hits = await Array(client, "/api/search?q=Dunmore%20plant");
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "article");
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "claim");
        Assert.Empty(await Array(client, "/api/search?q=zeppelin"));
    }

    [Fact]
    public async Task A_review_needs_the_antiforgery_token_and_is_kept_until_undone()
    {
        using var client = site.Client();
        var id = site.DiscrepancyAbout("strike");
        var refused = await client.PostAsJsonAsync($"/api/discrepancies/{id}/review", new { verdict = "confirmed", note = "no token" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("antiforgery", await refused.Content.ReadAsStringAsync());
        Assert.Equal("open", (await client.GetFromJsonAsync<JsonElement>($"/api/discrepancies/{id}")).GetProperty("discrepancy").GetProperty("status").GetString());

        var token = (await client.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/discrepancies/{id}/review", new { verdict = "maybe" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/discrepancies/{id}/review", new { note = "no verdict" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/api/discrepancies/{id}/review", new StringContent("not json"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/discrepancies/99999/review", new { verdict = "confirmed" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/api/discrepancies/{id}/undo", null)).StatusCode);

        var made = await client.PostAsJsonAsync($"/api/discrepancies/{id}/review", new { verdict = "dismissed", note = "same figure, other scope", by = "ana" });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var listed = await site.Cli("discrepancies", "list", "--status", "dismissed", "--format", "json");
        Assert.Contains("\"attribute\": \"strike\"", listed.Out);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/discrepancies/{id}/undo", null)).StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/discrepancies/{id}");
        Assert.Equal("open", after.GetProperty("discrepancy").GetProperty("status").GetString());
        Assert.Equal(["dismissed", "undo"], after.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("verdict").GetString()));
        Assert.Equal("ana", after.GetProperty("reviews")[0].GetProperty("made_by").GetString());
    }

    private static async Task<List<JsonElement>> Array(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    private static List<string?> Attributes(List<JsonElement> rows) => rows.Select(d => d.GetProperty("attribute").GetString()).ToList();
}
