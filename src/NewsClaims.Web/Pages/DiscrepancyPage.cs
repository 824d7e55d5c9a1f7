using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsClaims.Storage.Claims;
using NewsClaims.Web.Api;
using NewsClaims.Web.Rendering;

namespace NewsClaims.Web.Pages;

/// <summary>One discrepancy: each side's claim in its sentence with the value marked, the group's other claims, the story's
/// timeline of this figure, the verdict form (with undo) and the audit trail.</summary>
public static class DiscrepancyPage
{
    private static readonly string[] Parameters = [.. QueuePage.Parameters, "done"];

    public static IResult Render(HttpContext http, ReviewContext r, long id, string? error = null)
    {
        var q = new QueryParameters(http.Request.Query, Parameters);
        var filter = Filters.Discrepancies(q, r.Entities, QueuePage.PageSize, defaultStatus: "open");
        DiscrepancyDetail detail;
        try
        {
            detail = r.Claims.Discrepancy(id);
        }
        catch (ClaimQueryException e)
        {
            return Layout.Page(http, "Not found", Html.Of($"""<h1>Discrepancy {id}</h1>{Layout.Errors([e.Message])}<p><a href="/">Back to the queue</a></p>"""),
                e.NotFound ? 404 : 400);
        }
        var d = detail.Discrepancy;
        var keep = QueuePage.Keep(http);
        var (previous, next) = q.Errors.Count == 0 ? Neighbours(r.Claims.DiscrepancyIds(filter), d) : (null, null);
        var sides = Sides(detail.Claims);
        var shown = sides.Select(s => s[0].Id).ToHashSet();
        var others = detail.Claims.Where(c => !shown.Contains(c.Id)).ToList();
        var inForce = ReviewRow.InForce(detail.Reviews);
        var done = q.Text("done");
        var body = Html.Of($"""
            <nav class="steps">
            <a href="/{keep}">← Queue</a>
            {(previous is { } p ? Html.Of($"""<a rel="prev" href="/discrepancies/{p}{keep}">↑ previous (k)</a>""") : Html.Empty)}
            {(next is { } n ? Html.Of($"""<a rel="next" href="/discrepancies/{n}{keep}">next (j) ↓</a>""") : Html.Empty)}
            </nav>
            <h1>{d.Attribute ?? "(no attribute)"}{(d.Subject is null ? Html.Empty : Html.Of($" of {d.Subject}"))}</h1>
            <p class="summary">{Layout.Severity(d.Severity)} {d.Kind} discrepancy · status {Layout.Status(d.Status)}
              {(d.Active ? Html.Empty : Html.Of($"""<span class="badge">no longer found</span>"""))}
              · story <a href="/?story={d.Story}&amp;status=any">{d.Story}</a> · group verdict: {detail.Verdict}</p>
            <p class="explanation">{d.Explanation}</p>
            {Layout.Notice(done is null ? null : done == "undo" ? "Verdict taken back." : $"Recorded: {done}.")}
            {Layout.Errors(error is null ? [] : [error])}
            <section class="sides">
            {Html.Join(sides.Select((side, i) => Side(side, i)))}
            </section>
            {Verdict(http, r, d, inForce, keep)}
            <h2>Audit trail</h2>
            {Trail(detail.Reviews)}
            {(others.Count == 0 ? Html.Empty : Html.Of($"""<h2>Other claims in this group</h2>{ClaimTable(others, null)}"""))}
            <h2>Timeline of this figure in the story</h2>
            {ClaimTable(detail.Timeline, detail.Claims.Select(c => c.Id).ToHashSet())}
            """);
        return Layout.Page(http, $"Discrepancy {d.Id}", body);
    }

    /// <summary>The group's claims split by what they state (value, unit and modality): each side is one position.</summary>
    private static List<List<ClaimRow>> Sides(IReadOnlyList<ClaimRow> claims) =>
        claims.GroupBy(c => (c.Low, c.High, c.Unit, c.ValueText, c.Modality)).Select(g => g.ToList()).ToList();

    private static Html Side(List<ClaimRow> side, int index)
    {
        var c = side[0];
        var also = side.Skip(1).Select(o => o.Outlet).Distinct().ToList();
        return Html.Of($"""
            <article class="claim side" data-claim="{c.Id}">
            <header><span class="side-label">{(char)('A' + Math.Min(index, 25))}</span> <strong>{c.Outlet}</strong> <time datetime="{c.Published}">{Layout.When(c.Published)}</time></header>
            <blockquote>{Sentence(c)}</blockquote>
            <dl>
            <dt>Value</dt><dd>{c.ValueWords}{(Normalised(c) is { } v ? Html.Of($" <span class=\"norm\">= {v}</span>") : Html.Empty)}</dd>
            <dt>Stated as</dt><dd>{c.Modality}{(c.TimeScope is null ? Html.Empty : Html.Of($", for {c.TimeScope}"))}</dd>
            <dt>Attribution</dt><dd>{c.Attribution ?? "none given"}</dd>
            <dt>Source</dt><dd>{c.SourceReason ?? "its own reporting"}</dd>
            {(also.Count == 0 ? Html.Empty : Html.Of($"<dt>Also</dt><dd>{string.Join(", ", also)}</dd>"))}
            </dl>
            <p>{Layout.ArticleLink(c.Url, c.Title ?? "Original article")}</p>
            </article>
            """);
    }

    /// <summary>The evidence sentence with the claim's own words marked.</summary>
    public static Html Sentence(ClaimRow c)
    {
        var (start, end) = (c.Start - c.EvidenceStart, c.End - c.EvidenceStart);
        if (start < 0 || end > c.Evidence.Length || start >= end)
            return Html.Text(c.Evidence);
        return Html.Of($"{c.Evidence[..start]}<mark>{c.Evidence[start..end]}</mark>{c.Evidence[end..]}");
    }

    private static string? Normalised(ClaimRow c) => c switch
    {
        { ValueText: { } text } => text,
        { Value: { } v, ValueMax: { } max } when max != v => $"{Number(v)}–{Number(max)} {c.Unit}".TrimEnd(),
        { Value: { } v } => $"{Number(v)} {c.Unit}".TrimEnd(),
        _ => null,
    };

    private static string Number(double v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static Html Verdict(HttpContext http, ReviewContext r, DiscrepancyRow d, IReadOnlyList<ReviewRow> inForce, string keep)
    {
        var by = http.Request.Cookies.TryGetValue(PageEndpoints.ReviewerCookie, out var remembered) && remembered.Length > 0 ? remembered : r.Reviewer;
        return Html.Of($"""
            <section class="decide">
            <h2>Verdict</h2>
            <form method="post" action="/discrepancies/{d.Id}/review{keep}" class="verdict">
            {Layout.TokenField(http)}
            <label class="note">Note <textarea name="note" id="note" rows="2" placeholder="Why (kept in the audit trail)"></textarea></label>
            <label>By <input name="by" value="{by}" size="14"></label>
            <button type="submit" name="verdict" value="confirmed" data-key="c">Confirm <kbd>c</kbd></button>
            <button type="submit" name="verdict" value="dismissed" data-key="d">Dismiss <kbd>d</kbd></button>
            <button type="submit" name="verdict" value="resolved" data-key="r">Resolve <kbd>r</kbd></button>
            </form>
            {(inForce.Count == 0 ? Html.Empty : Html.Of($"""
                <form method="post" action="/discrepancies/{d.Id}/undo{keep}" class="undo">
                {Layout.TokenField(http)}<input type="hidden" name="by" value="{by}">
                <button type="submit" data-key="u">Undo '{inForce[^1].Verdict}' by {inForce[^1].MadeBy} <kbd>u</kbd></button>
                </form>
                """))}
            </section>
            """);
    }

    private static Html Trail(IReadOnlyList<ReviewRow> reviews) => reviews.Count == 0
        ? Html.Of($"""<p class="empty" id="trail">Not reviewed yet.</p>""")
        : Html.Of($"""
            <table class="trail" id="trail">
            <thead><tr><th>Verdict</th><th>By</th><th>At</th><th>Note</th></tr></thead>
            <tbody>{Html.Join(reviews.Select(v => Html.Of($"""
                <tr class="{(v.Undoes is null ? "" : "undo")}"><td>{Layout.Status(v.Verdict)}</td><td>{v.MadeBy}</td><td>{Layout.When(v.MadeAt)}</td><td>{v.Note}</td></tr>
                """)))}</tbody>
            </table>
            """);

    private static Html ClaimTable(IReadOnlyList<ClaimRow> claims, HashSet<long>? inGroup) => claims.Count == 0
        ? Html.Of($"""<p class="empty">None.</p>""")
        : Html.Of($"""
            <table class="claims">
            <thead><tr><th>Published</th><th>Outlet</th><th>Value</th><th>Stated as</th><th>Attribution</th><th>Sentence</th></tr></thead>
            <tbody>{Html.Join(claims.Select(c => Html.Of($"""
                <tr class="{(inGroup?.Contains(c.Id) == true ? "in-group" : "")}"><td>{Layout.When(c.Published)}</td>
                <td>{Layout.ArticleLink(c.Url, c.Outlet)}</td><td>{c.ValueWords}</td><td>{c.Modality}</td><td>{c.Attribution}</td>
                <td class="sentence">{Sentence(c)}</td></tr>
                """)))}</tbody>
            </table>
            """);

    /// <summary>The discrepancies before and after this one in the queue's order (severity, then id), whether or not this one
    /// is still in the queue (a verdict takes it out of the open queue).</summary>
    private static (long? Previous, long? Next) Neighbours(IReadOnlyList<(long Id, string Severity)> queue, DiscrepancyRow current)
    {
        var here = (Rank(current.Severity), current.Id);
        long? previous = null, next = null;
        foreach (var (id, severity) in queue)
        {
            var key = (Rank(severity), id);
            if (key.CompareTo(here) < 0)
                previous = id;
            else if (key.CompareTo(here) > 0)
            {
                next = id;
                break;
            }
        }
        return (previous, next);
    }

    private static int Rank(string severity) => severity switch { "high" => 0, "medium" => 1, _ => 2 };
}
