using Microsoft.AspNetCore.Http;
using NewsClaims.Storage.Claims;
using NewsClaims.Web.Api;
using NewsClaims.Web.Rendering;

namespace NewsClaims.Web.Pages;

/// <summary>The stories list and full-text search results.</summary>
public static class ListPages
{
    public static IResult Stories(HttpContext http, ReviewContext r)
    {
        var q = new QueryParameters(http.Request.Query, "entity", "since");
        var filter = new StoryFilter(Filters.Entity(q, r.Entities), q.Day("since"), 500);
        var rows = q.Errors.Count == 0 ? r.Claims.StorySummaries(filter) : [];
        var body = Html.Of($"""
            <h1>Stories</h1>
            {Layout.Errors(q.Errors)}
            <table class="queue">
            <thead><tr><th>#</th><th>Story</th><th>Articles</th><th>Outlets</th><th>From</th><th>To</th><th>Groups</th><th>Open</th></tr></thead>
            <tbody>{Html.Join(rows.Select(s => Html.Of($"""
                <tr data-href="/?story={s.Id}&amp;status=any"><td><a href="/?story={s.Id}&amp;status=any">{s.Id}</a></td><td>{s.Title}</td><td>{s.Articles}</td>
                <td>{s.Outlets}</td><td>{Layout.When(s.First)}</td><td>{Layout.When(s.Last)}</td><td>{s.Groups}</td><td>{s.OpenDiscrepancies}</td></tr>
                """)))}</tbody>
            </table>
            """);
        return Layout.Page(http, "Stories", body, q.Errors.Count > 0 ? 400 : 200);
    }

    public static IResult Search(HttpContext http, ReviewContext r)
    {
        var q = new QueryParameters(http.Request.Query, "q");
        var text = q.Text("q");
        IReadOnlyList<SearchHit> hits = [];
        if (text is not null && q.Errors.Count == 0)
        {
            try
            {
                hits = r.Search.Search(text, 100);
            }
            catch (ClaimQueryException e)
            {
                q.Fail(e.Message);
            }
        }
        var body = Html.Of($"""
            <h1>Search{(text is null ? Html.Empty : Html.Of($": {text}"))}</h1>
            {Layout.Errors(q.Errors)}
            {(hits.Count == 0 ? Html.Of($"<p class=\"empty\">Nothing found.</p>") : Html.Of($"""
                <ol class="hits">{Html.Join(hits.Select(h => Html.Of($"""
                    <li><span class="kind">{h.Kind}</span> <strong>{h.Outlet}</strong> {Layout.When(h.Published)} · {Layout.ArticleLink(h.Url, h.Title ?? h.Url)}
                    <p>{Highlight(h.Snippet)}</p></li>
                    """)))}</ol>
                """))}
            """);
        return Layout.Page(http, "Search", body, q.Errors.Count > 0 ? 400 : 200);
    }

    /// <summary>The search snippet with its matches marked; all text is encoded.</summary>
    private static Html Highlight(string snippet) => Html.Join(snippet.Split(SearchStore.MatchStart).Select((part, i) =>
    {
        var close = part.IndexOf(SearchStore.MatchEnd, StringComparison.Ordinal);
        return i == 0 || close < 0 ? Html.Text(part) : Html.Of($"<mark>{part[..close]}</mark>{part[(close + 1)..]}");
    }));
}
