using Microsoft.AspNetCore.Http;
using NewsClaims.Storage.Entities;
using NewsClaims.Web.Api;
using NewsClaims.Web.Rendering;

namespace NewsClaims.Web.Pages;

/// <summary>Entities: the list, and one entity with its aliases, articles and corrections, and the merge and split forms.</summary>
public static class EntityPages
{
    public static IResult List(HttpContext http, ReviewContext r)
    {
        var q = new QueryParameters(http.Request.Query, "search", "type");
        var (search, type) = (q.Text("search"), q.OneOf("type", Filters.EntityTypes));
        var rows = q.Errors.Count == 0 ? r.Entities.List(type, search, 200) : [];
        var body = Html.Of($"""
            <h1>Entities</h1>
            {Layout.Errors(q.Errors)}
            <form class="filters" method="get" action="/entities">
            <label>Name <input name="search" id="filter-entity" value="{search}" placeholder="name or alias"></label>
            <label>Type <select name="type"><option value="">any</option>{Html.Join(Filters.EntityTypes.Select(t =>
                Html.Of($"""<option{(t == type ? new Html(" selected") : Html.Empty)}>{t}</option>""")))}</select></label>
            <button type="submit">Filter</button>
            </form>
            <table class="queue">
            <thead><tr><th>#</th><th>Type</th><th>Name</th><th>Articles</th><th>Mentions</th><th>Also written</th><th>Roles</th></tr></thead>
            <tbody>{Html.Join(rows.Select(e => Html.Of($"""
                <tr data-href="/entities/{e.Id}"><td><a href="/entities/{e.Id}">{e.Id}</a></td><td>{e.Type}</td><td>{e.Name}</td><td>{e.Articles}</td>
                <td>{e.Mentions}</td><td>{e.Aliases}</td><td>{e.Roles}</td></tr>
                """)))}</tbody>
            </table>
            """);
        return Layout.Page(http, "Entities", body, q.Errors.Count > 0 ? 400 : 200);
    }

    public static IResult Show(HttpContext http, ReviewContext r, long id, string? error = null, string? notice = null)
    {
        EntityDetail d;
        try
        {
            d = r.Entities.Show(r.Entities.Resolve(id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        catch (EntityCorrectionException e)
        {
            return Layout.Page(http, "Not found", Html.Of($"""<h1>Entity {id}</h1>{Layout.Errors([e.Message])}"""), e.NotFound ? 404 : 400);
        }
        var done = notice ?? http.Request.Query["done"].ToString() switch
        {
            "merged" => "Merged. The stories it appears in were judged again.",
            "split" => "Split. The stories it appears in were judged again.",
            _ => null,
        };
        var body = Html.Of($"""
            <nav class="steps"><a href="/entities">← Entities</a> <a href="/?entity={d.Id}&amp;status=any">Its discrepancies</a></nav>
            <h1>{d.Name} <span class="kind">{d.Type} · entity {d.Id}</span></h1>
            {(d.MergedInto is { } m ? Html.Of($"""<p class="notice">Merged into <a href="/entities/{m}">entity {m}</a>.</p>""") : Html.Empty)}
            {Layout.Notice(done)}
            {Layout.Errors(error is null ? [] : [error])}
            <form method="post" action="/entities/{d.Id}/split" class="split">
            {Layout.TokenField(http)}
            <h2>Written as</h2>
            <table class="aliases"><thead><tr><th>Split off</th><th>Alias</th><th>Articles</th></tr></thead>
            <tbody>{Html.Join(d.Aliases.Select(a => Html.Of($"""
                <tr><td><input type="checkbox" name="alias" value="{a.Text}" aria-label="Split off '{a.Text}'"></td><td>{a.Text}</td><td>{a.Articles}</td></tr>
                """)))}</tbody></table>
            <h2>Articles</h2>
            <table class="claims"><thead><tr><th>Split off</th><th>Published</th><th>Outlet</th><th>Title</th><th>Mentions</th></tr></thead>
            <tbody>{Html.Join(d.Articles.Select(a => Html.Of($"""
                <tr><td><input type="checkbox" name="article" value="{a.Id}" aria-label="Split off article {a.Id}"></td><td>{Layout.When(a.Published)}</td>
                <td>{a.Outlet}</td><td>{Layout.ArticleLink(a.Url, a.Title ?? a.Url)}</td><td>{a.Mentions}</td></tr>
                """)))}</tbody></table>
            <p><label>By <input name="by" value="{r.Reviewer}" size="14"></label>
            <button type="submit">Split the ticked aliases and articles into a new entity</button></p>
            </form>
            <h2>Merge</h2>
            <form method="post" action="/entities/{d.Id}/merge" class="merge">
            {Layout.TokenField(http)}
            <label>The same thing as this one: <input name="other" placeholder="entity id or name" required></label>
            <label>By <input name="by" value="{r.Reviewer}" size="14"></label>
            <button type="submit">Merge into {d.Name}</button>
            </form>
            {(d.Roles.Count == 0 ? Html.Empty : Html.Of($"""
                <h2>Roles</h2><ul>{Html.Join(d.Roles.Select(x => Html.Of($"<li>{x.Role} ({x.Outlet}, article {x.ArticleId})</li>")))}</ul>
                """))}
            <h2>Corrections</h2>
            {(d.Corrections.Count == 0 ? Html.Of($"<p class=\"empty\">None.</p>") : Html.Of($"""
                <table class="trail"><thead><tr><th>Correction</th><th>By</th><th>At</th><th>What</th></tr></thead>
                <tbody>{Html.Join(d.Corrections.Select(c => Html.Of($"<tr><td>{c.Action}</td><td>{c.MadeBy}</td><td>{Layout.When(c.MadeAt)}</td><td>{c.Detail}</td></tr>")))}</tbody></table>
                """))}
            """);
        return Layout.Page(http, d.Name, body, error is null ? 200 : 400);
    }
}
