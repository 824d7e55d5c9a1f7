using Microsoft.AspNetCore.Http;
using NewsClaims.Web.Rendering;
using NewsClaims.Web.Security;

namespace NewsClaims.Web.Pages;

/// <summary>The frame every page shares: head, navigation, keyboard help, the antiforgery token for forms and scripts.</summary>
public static class Layout
{
    public static IResult Page(HttpContext http, string title, Html body, int status = StatusCodes.Status200OK)
    {
        var token = AntiforgeryCheck.Issue(http);
        var page = Html.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf-token" content="{token}">
            <title>{title} · NewsClaims review</title>
            <link rel="stylesheet" href="/assets/review.css">
            <script src="/assets/review.js" defer></script>
            </head>
            <body>
            <header class="top">
            <a class="brand" href="/">NewsClaims</a>
            <nav><a href="/">Queue</a><a href="/stories">Stories</a><a href="/entities">Entities</a></nav>
            <form class="search" method="get" action="/search"><input type="search" name="q" placeholder="Search articles and sentences" aria-label="Search"></form>
            <span class="keys" title="Keyboard shortcuts">j/k move · Enter open · c/d/r decide · u undo · / filter</span>
            </header>
            <main>
            {body}
            </main>
            </body>
            </html>
            """);
        return Results.Content(page.Value, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The hidden field that carries the antiforgery token in a form.</summary>
    public static Html TokenField(HttpContext http) =>
        Html.Of($"""<input type="hidden" name="{AntiforgeryCheck.FormFieldName}" value="{AntiforgeryCheck.Issue(http)}">""");

    public static Html Errors(IEnumerable<string> errors) =>
        Html.Join(errors.Select(e => Html.Of($"""<p class="error" role="alert">{e}</p>""")));

    public static Html Notice(string? text) => text is null ? Html.Empty : Html.Of($"""<p class="notice" role="status">{text}</p>""");

    public static Html Severity(string severity) => Html.Of($"""<span class="badge sev-{severity}">{severity}</span>""");

    public static Html Status(string status) => Html.Of($"""<span class="badge st-{status}">{status}</span>""");

    /// <summary>A link to the original article; an address that is not a web URL (a local file) is never a link, only a tooltip.</summary>
    public static Html ArticleLink(string url, string label) => Html.IsWebUrl(url)
        ? Html.Of($"""<a href="{url}" rel="noopener noreferrer nofollow" target="_blank">{label} ↗</a>""")
        : Html.Of($"""<span class="url" title="{url}">{label}</span>""");

    /// <summary>A stored ISO 8601 time as the day and minute the page gave (its own offset kept).</summary>
    public static string When(string? iso) =>
        iso is null ? "" : iso.Length >= 16 ? iso[..10] + " " + iso[11..16] : iso;
}
