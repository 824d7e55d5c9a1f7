using Microsoft.AspNetCore.Http;
using NewsClaims.Storage.Claims;
using NewsClaims.Web.Api;
using NewsClaims.Web.Rendering;

namespace NewsClaims.Web.Pages;

/// <summary>The queue: active discrepancies, most severe first, with counts by status and severity and filters.</summary>
public static class QueuePage
{
    public const int PageSize = 100;
    public static readonly string[] Parameters = ["status", "severity", "entity", "outlet", "story", "since", "until", "page"];

    public static IResult Render(HttpContext http, ReviewContext r)
    {
        var q = new QueryParameters(http.Request.Query, Parameters);
        var page = q.Int("page", 1, 1, 100_000);
        var filter = Filters.Discrepancies(q, r.Entities, PageSize, defaultStatus: "open") with { Offset = (page - 1) * PageSize };
        if (q.Errors.Count > 0)
            return Layout.Page(http, "Queue", Html.Of($"""<h1>Discrepancies</h1>{Layout.Errors(q.Errors)}{FilterForm(http, r)}"""), 400);

        var counts = r.Claims.Counts(filter);
        var rows = r.Claims.Discrepancies(filter);
        var keep = Keep(http, "page");
        var total = counts.BySeverity.Values.Sum();
        var body = Html.Of($"""
            <h1>Discrepancies</h1>
            <nav class="counts" aria-label="By status">{Html.Join(Filters.Statuses.Select(s => Html.Of(
                $"""<a class="{(filter.Status == s ? "current" : "")}" href="/?{With(http, "status", s)}">{s} <b data-count="{s}">{counts.ByStatus.GetValueOrDefault(s)}</b></a>""")))}
                <a class="{(filter.Status is null ? "current" : "")}" href="/?{With(http, "status", "any")}">any <b>{counts.ByStatus.Values.Sum()}</b></a></nav>
            <p class="severity-counts">{Html.Join(Filters.Severities.Select(s => Html.Of(
                $"""{Layout.Severity(s)} <span data-severity-count="{s}">{counts.BySeverity.GetValueOrDefault(s)}</span> """)))}</p>
            {FilterForm(http, r)}
            {(rows.Count == 0 ? Html.Of($"""<p class="empty">No discrepancies match.</p>""") : Table(rows, keep))}
            {Pager(http, page, total)}
            """);
        return Layout.Page(http, "Queue", body);
    }

    private static Html Table(IReadOnlyList<DiscrepancyRow> rows, string keep) => Html.Of($"""
        <table class="queue">
        <thead><tr><th>#</th><th>Severity</th><th>What</th><th>Outlets</th><th>Story</th><th>Latest</th><th>Status</th><th>Why</th></tr></thead>
        <tbody>
        {Html.Join(rows.Select(d => Html.Of($"""
            <tr data-href="/discrepancies/{d.Id}{keep}">
            <td><a href="/discrepancies/{d.Id}{keep}">{d.Id}</a></td><td>{Layout.Severity(d.Severity)}</td>
            <td><b>{d.Attribute}</b>{(d.Subject is null ? Html.Empty : Html.Of($" of {d.Subject}"))} <span class="kind">{d.Kind}</span></td>
            <td>{d.Outlets}</td><td><a href="/?story={d.Story}">{d.Story}</a></td><td>{Layout.When(d.Latest)}</td>
            <td>{Layout.Status(d.Status)}</td><td class="why">{d.Explanation}</td>
            </tr>
            """)))}
        </tbody>
        </table>
        """);

    private static Html FilterForm(HttpContext http, ReviewContext r)
    {
        var query = http.Request.Query;
        string Value(string name) => query[name].ToString();
        Html Options(IEnumerable<string> values, string current, string anyLabel) => Html.Join(
            new[] { Html.Of($"""<option value="">{anyLabel}</option>""") }.Concat(values.Select(v =>
                Html.Of($"""<option value="{v}"{(v == current ? Html.Of($" selected") : Html.Empty)}>{v}</option>"""))));
        return Html.Of($"""
            <form class="filters" method="get" action="/">
            <label>Status <select name="status">{Options([.. Filters.Statuses, "any"], Value("status"), "open")}</select></label>
            <label>Severity <select name="severity">{Options(Filters.Severities, Value("severity"), "any")}</select></label>
            <label>Entity <input name="entity" id="filter-entity" value="{Value("entity")}" placeholder="name or id"></label>
            <label>Outlet <select name="outlet">{Options(r.Claims.Outlets(), Value("outlet"), "any")}</select></label>
            <label>Story <input name="story" value="{Value("story")}" size="5" inputmode="numeric"></label>
            <label>From <input type="date" name="since" value="{Value("since")}"></label>
            <label>To <input type="date" name="until" value="{Value("until")}"></label>
            <button type="submit">Filter</button> <a href="/">Clear</a>
            </form>
            """);
    }

    private static Html Pager(HttpContext http, int page, long total)
    {
        var pages = (int)Math.Max(1, (total + PageSize - 1) / PageSize);
        if (pages == 1)
            return Html.Empty;
        return Html.Of($"""
            <nav class="pager">{Html.When(page > 1, Html.Of($"""<a rel="prev" href="/?{With(http, "page", (page - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}">← previous</a>"""))}
            page {page} of {pages}
            {Html.When(page < pages, Html.Of($"""<a rel="next" href="/?{With(http, "page", (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}">next →</a>"""))}</nav>
            """);
    }

    /// <summary>The current filters as a query string (leading "?"), without the named parameters: what a discrepancy page
    /// keeps so j/k move within the same queue.</summary>
    public static string Keep(HttpContext http, params string[] without)
    {
        var kept = http.Request.Query.Where(p => Parameters.Contains(p.Key) && !without.Contains(p.Key) && p.Key != "page" && p.Value.ToString().Length > 0);
        return QueryString.Create(kept).ToString();
    }

    /// <summary>The current query with one parameter replaced (and paging reset unless it is the page).</summary>
    private static string With(HttpContext http, string name, string value)
    {
        var pairs = http.Request.Query.Where(p => Parameters.Contains(p.Key) && p.Key != name && (name == "page" || p.Key != "page")
                                                  && p.Value.ToString().Length > 0)
            .Select(p => KeyValuePair.Create(p.Key, p.Value.ToString())).Append(KeyValuePair.Create(name, value));
        return QueryString.Create(pairs!).ToString().TrimStart('?');
    }
}
