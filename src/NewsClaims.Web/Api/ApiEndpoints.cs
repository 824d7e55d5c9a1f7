using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Entities;
using NewsClaims.Web.Security;

namespace NewsClaims.Web.Api;

/// <summary>The JSON API: the same data as the pages and the query commands, filters as query parameters, errors as
/// <c>{"error": "..."}</c> with 400 (bad input), 403 (no antiforgery token) or 404 (no such thing).</summary>
public static class ApiEndpoints
{
    /// <summary>snake_case field names and readable non-ASCII text, as the CLI's JSON output and the export use (served as
    /// application/json, never inlined into a page).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/claims", (HttpContext http, ReviewContext r) =>
        {
            var q = new QueryParameters(http.Request.Query, "entity", "attribute", "story", "since", "limit");
            var filter = new ClaimFilter(Filters.Entity(q, r.Entities), q.Text("attribute"), q.Id("story"), q.Day("since"), q.Int("limit", 200, 1, 10000));
            return q.Errors.Count > 0 ? BadRequest(q) : Ok(r.Claims.Claims(filter));
        });
        api.MapGet("/entities", (HttpContext http, ReviewContext r) =>
        {
            var q = new QueryParameters(http.Request.Query, "type", "search", "limit");
            var (type, search, limit) = (q.OneOf("type", Filters.EntityTypes), q.Text("search"), q.Int("limit", 100, 1, 10000));
            return q.Errors.Count > 0 ? BadRequest(q) : Ok(r.Entities.List(type, search, limit));
        });
        api.MapGet("/entities/{id}", (string id, ReviewContext r) =>
            Id(id, out var n) is { } bad ? bad : Guard(() => Ok(r.Entities.Show(r.Entities.Resolve(n.ToString(CultureInfo.InvariantCulture))))));
        api.MapGet("/stories", (HttpContext http, ReviewContext r) =>
        {
            var q = new QueryParameters(http.Request.Query, "entity", "since", "limit");
            var filter = new StoryFilter(Filters.Entity(q, r.Entities), q.Day("since"), q.Int("limit", 100, 1, 10000));
            return q.Errors.Count > 0 ? BadRequest(q) : Ok(r.Claims.StorySummaries(filter));
        });
        api.MapGet("/discrepancies", (HttpContext http, ReviewContext r) =>
        {
            var q = new QueryParameters(http.Request.Query, Filters.DiscrepancyParameters);
            var filter = Filters.Discrepancies(q, r.Entities, 1000);
            return q.Errors.Count > 0 ? BadRequest(q) : Ok(r.Claims.Discrepancies(filter));
        });
        api.MapGet("/discrepancies/{id}", (string id, ReviewContext r) =>
            Id(id, out var n) is { } bad ? bad : Guard(() => Ok(r.Claims.Discrepancy(n))));
        api.MapPost("/discrepancies/{id}/review", async (string id, HttpContext http, ReviewContext r) =>
        {
            if (Id(id, out var n) is { } bad)
                return bad;
            if (await ReadBody(http) is not { } body)
                return Error(400, "the body must be a JSON object like {\"verdict\": \"confirmed\", \"note\": \"why\"}");
            if (Field(body, "verdict") is not { } verdict)
                return Error(400, $"verdict is required: one of {string.Join(", ", ClaimStore.ReviewVerdicts)}");
            return Guard(() => Results.Json(r.Claims.Review(n, verdict, Field(body, "note"), Field(body, "by") ?? r.Reviewer), Json,
                statusCode: StatusCodes.Status201Created));
        }).RequireAntiforgeryToken();
        api.MapPost("/discrepancies/{id}/undo", async (string id, HttpContext http, ReviewContext r) =>
        {
            if (Id(id, out var n) is { } bad)
                return bad;
            var body = await ReadBody(http);
            return Guard(() => Ok(r.Claims.Undo(n, (body is { } b ? Field(b, "by") : null) ?? r.Reviewer)));
        }).RequireAntiforgeryToken();
        api.MapGet("/search", (HttpContext http, ReviewContext r) =>
        {
            var q = new QueryParameters(http.Request.Query, "q", "limit");
            var (text, limit) = (q.Text("q"), q.Int("limit", 50, 1, 1000));
            if (text is null)
                q.Fail("q is required: the words to search for");
            return q.Errors.Count > 0 ? BadRequest(q) : Guard(() => Ok(r.Search.Search(text!, limit)));
        });
        api.MapGet("/antiforgery", (HttpContext http) =>
            Ok(new { header_name = AntiforgeryCheck.HeaderName, token = AntiforgeryCheck.Issue(http) }));
    }

    private static IResult Ok(object value) => Results.Json(value, Json);

    public static IResult Error(int status, string message) => Results.Json(new { error = message }, Json, statusCode: status);

    private static IResult BadRequest(QueryParameters q) => Error(400, string.Join("; ", q.Errors));

    private static IResult? Id(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0
            ? null : Error(400, $"the id must be a positive whole number, not '{text}'");

    /// <summary>Store errors as answers: an unknown id is 404, any other refusal 400.</summary>
    private static IResult Guard(Func<IResult> work)
    {
        try
        {
            return work();
        }
        catch (ClaimQueryException e)
        {
            return Error(e.NotFound ? 404 : 400, e.Message);
        }
        catch (EntityCorrectionException e)
        {
            return Error(e.NotFound ? 404 : 400, e.Message);
        }
    }

    private static async Task<JsonElement?> ReadBody(HttpContext http)
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
            return body.ValueKind == JsonValueKind.Object ? body : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Field(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s ? s : null;
}
