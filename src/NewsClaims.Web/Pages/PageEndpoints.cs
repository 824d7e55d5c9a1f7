using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Entities;
using NewsClaims.Web.Security;

namespace NewsClaims.Web.Pages;

/// <summary>The HTML pages and the form posts behind their buttons (each answered with a redirect, so reloading never posts twice).</summary>
public static class PageEndpoints
{
    /// <summary>Remembers the name a reviewer last gave, so the next verdict form starts with it.</summary>
    public const string ReviewerCookie = "newsclaims_reviewer";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", QueuePage.Render);
        app.MapGet("/discrepancies/{id}", (HttpContext http, ReviewContext r, string id) =>
            ParseId(id) is { } n ? DiscrepancyPage.Render(http, r, n) : NotFound(http));
        app.MapPost("/discrepancies/{id}/review", (HttpContext http, ReviewContext r, string id) => DecideAsync(http, r, id, (n, form, by) =>
            r.Claims.Review(n, form["verdict"].ToString(), Optional(form["note"].ToString()), by).Verdict)).RequireAntiforgeryToken();
        app.MapPost("/discrepancies/{id}/undo", (HttpContext http, ReviewContext r, string id) => DecideAsync(http, r, id, (n, _, by) =>
            r.Claims.Undo(n, by).Verdict)).RequireAntiforgeryToken();
        app.MapGet("/entities", EntityPages.List);
        app.MapGet("/entities/{id}", (HttpContext http, ReviewContext r, string id) =>
            ParseId(id) is { } n ? EntityPages.Show(http, r, n) : NotFound(http));
        app.MapPost("/entities/{id}/merge", async (HttpContext http, ReviewContext r, string id) =>
        {
            if (ParseId(id) is not { } n)
                return NotFound(http);
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            try
            {
                var other = r.Entities.Resolve(form["other"].ToString().Trim());
                r.Entities.Merge(r.Entities.Resolve(n.ToString(CultureInfo.InvariantCulture)), other, Reviewer(http, r, form["by"].ToString()));
                await r.ReconcileAsync(http.RequestAborted);
                return Back(http, $"/entities/{n}", "merged");
            }
            catch (EntityCorrectionException e)
            {
                return EntityPages.Show(http, r, n, e.Message);
            }
        }).RequireAntiforgeryToken();
        app.MapPost("/entities/{id}/split", async (HttpContext http, ReviewContext r, string id) =>
        {
            if (ParseId(id) is not { } n)
                return NotFound(http);
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var aliases = form["alias"].Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!).ToList();
            var articles = form["article"].Select(a => long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Where(v => v > 0).ToList();
            if (aliases.Count == 0 && articles.Count == 0)
                return EntityPages.Show(http, r, n, "tick the aliases or articles that belong to another entity");
            try
            {
                var created = r.Entities.Split(n, aliases, articles, Reviewer(http, r, form["by"].ToString()));
                await r.ReconcileAsync(http.RequestAborted);
                return Back(http, $"/entities/{created}", "split");
            }
            catch (EntityCorrectionException e)
            {
                return EntityPages.Show(http, r, n, e.Message);
            }
        }).RequireAntiforgeryToken();
        app.MapGet("/stories", ListPages.Stories);
        app.MapGet("/search", ListPages.Search);
    }

    /// <summary>A verdict or an undo from a discrepancy page's form: back to the page saying what was done, or the page again
    /// with the reason it could not be.</summary>
    private static async Task<IResult> DecideAsync(HttpContext http, ReviewContext r, string id, Func<long, IFormCollection, string, string> decide)
    {
        if (ParseId(id) is not { } n)
            return NotFound(http);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        try
        {
            return Back(http, $"/discrepancies/{n}", decide(n, form, Reviewer(http, r, form["by"].ToString())));
        }
        catch (ClaimQueryException e)
        {
            return DiscrepancyPage.Render(http, r, n, e.Message);
        }
    }

    private static long? ParseId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    private static IResult NotFound(HttpContext http) =>
        Layout.Page(http, "Not found", Rendering.Html.Of($"""<h1>Not found</h1><p>{http.Request.Path.Value} is not a page here. <a href="/">Back to the queue</a></p>"""), 404);

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Reviewer(HttpContext http, ReviewContext r, string given)
    {
        if (string.IsNullOrWhiteSpace(given))
            return r.Reviewer;
        http.Response.Cookies.Append(ReviewerCookie, given.Trim(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
        return given.Trim();
    }

    /// <summary>303 back to the page, keeping the queue filters it came with, and saying what was done.</summary>
    private static IResult Back(HttpContext http, string path, string done)
    {
        var kept = http.Request.Query.Where(p => QueuePage.Parameters.Contains(p.Key))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())).Append(KeyValuePair.Create("done", (string?)done));
        return new SeeOther(path + QueryString.Create(kept));
    }

    /// <summary>A 303 See Other: the browser follows it with a GET.</summary>
    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = StatusCodes.Status303SeeOther;
            http.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
