using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsClaims.App.Tests.Review;

/// <summary>The review page as a reviewer uses it, in real headless Chromium against the real server and store.</summary>
public sealed class ReviewPageBrowserTests(ReviewSite site, Browser browser) : IClassFixture<ReviewSite>, IClassFixture<Browser>
{
    private readonly List<string> _scriptErrors = [];

    // Waits until the page is at the address and has finished loading, its key handlers attached. Both are polled for
    // inside the page: Playwright's WaitForURL, which awaits load events, timed out twice in full CI runs on the loaded
    // 2-core machine although the page had loaded; a poll has no event to miss, and it is re-run in the new document.
    private static Task Arrive(IPage page, Regex url) =>
        page.WaitForFunctionAsync("pattern => new RegExp(pattern).test(location.href) && document.readyState === 'complete'", url.ToString());

    [BrowserFact]
    public async Task A_reviewer_filters_the_queue_opens_a_discrepancy_decides_with_the_keyboard_and_can_undo()
    {
        var page = await browser.PageAsync(_scriptErrors);
        await page.GotoAsync(site.BaseUrl + "/");
        Assert.Equal("3", await page.InnerTextAsync("[data-count=open]"));
        await Assertions.Expect(page.Locator("table.queue tbody tr")).ToHaveCountAsync(3);

        // Filter by outlet: only the plant closure's job cuts involve Night Desk.
        await page.SelectOptionAsync("select[name=outlet]", "Night Desk");
        await page.ClickAsync("form.filters button[type=submit]");
        await Arrive(page, new Regex("outlet=Night"));
        await Assertions.Expect(page.Locator("table.queue tbody tr")).ToHaveCountAsync(1);
        StringAssert(await page.InnerTextAsync("table.queue"), "job cuts");

        // j selects the first row, Enter opens it.
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page.Locator("tr.selected")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Enter");
        await Arrive(page, new Regex(@"/discrepancies/\d+"));
        StringAssert(await page.InnerTextAsync("h1"), "job cuts");
        var values = await page.Locator(".sides mark").AllInnerTextsAsync();
        Assert.Equal(["1,200", "1,500", "1,800"], values.Order());

        // Type a note, leave the field, press c: confirmed, with the note, in the trail.
        await page.FillAsync("#note", "Union and company figures differ; checked both statements");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("c");
        await Arrive(page, new Regex("done=confirmed"));
        StringAssert(await page.InnerTextAsync(".notice"), "Recorded: confirmed");
        var trail = await page.InnerTextAsync("#trail");
        StringAssert(trail, "confirmed");
        StringAssert(trail, "Union and company figures differ; checked both statements");
        StringAssert(trail, "reviewer");

        var listed = await site.Cli("discrepancies", "list", "--status", "confirmed");
        Assert.True(listed.Exit == 0, listed.Err);
        StringAssert(listed.Out, "job cuts");

        // u takes the verdict back: the trail keeps both, the status is open again.
        await page.Keyboard.PressAsync("u");
        await Arrive(page, new Regex("done=undo"));
        StringAssert(await page.InnerTextAsync("#trail"), "undo");
        StringAssert(await page.InnerTextAsync(".summary"), "open");
        Assert.DoesNotContain("job cuts", (await site.Cli("discrepancies", "list", "--status", "confirmed")).Out);
        Assert.Empty(_scriptErrors);
    }

    [BrowserFact]
    public async Task Scraped_markup_is_shown_as_text_and_never_runs()
    {
        var page = await browser.PageAsync(_scriptErrors);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await page.GotoAsync($"{site.BaseUrl}/discrepancies/{site.DiscrepancyAbout("job cuts")}");
        var text = await page.InnerTextAsync("main");
        StringAssert(text, """said <script>alert("cuts")</script> on Tuesday""");
        StringAssert(text, """Kestrel job cuts <script>alert("title")</script> disputed""");
        await page.GotoAsync($"{site.BaseUrl}/search?q=union%20official");
        StringAssert(await page.InnerTextAsync("main"), "<script>");
        Assert.Empty(dialogs);
        // The only script on the page is our own.
        Assert.Equal(["/assets/review.js"], (await page.Locator("script").EvaluateAllAsync<string[]>("s => s.map(x => x.getAttribute('src'))")));
    }

    [BrowserFact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var page = await browser.PageAsync(_scriptErrors);
        await page.GotoAsync(site.BaseUrl + "/");
        var id = site.DiscrepancyAbout("revenue");
        var status = await page.EvaluateAsync<int>($$"""
            async () => (await fetch('/api/discrepancies/{{id}}/review', {
                method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ verdict: 'dismissed' }) })).status
            """);
        Assert.Equal(403, status);
        // The same request with the page's token goes through.
        var accepted = await page.EvaluateAsync<int>($$"""
            async () => (await fetch('/api/discrepancies/{{id}}/review', {
                method: 'POST', body: JSON.stringify({ verdict: 'dismissed', note: 'same value, different wording' }),
                headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': document.querySelector('meta[name=csrf-token]').content } })).status
            """);
        Assert.Equal(201, accepted);
    }

    [BrowserFact]
    public async Task An_entity_page_lists_aliases_and_a_merge_joins_two_entities()
    {
        var page = await browser.PageAsync(_scriptErrors);
        await page.GotoAsync(site.BaseUrl + "/entities?search=Natarajan");
        await page.ClickAsync("table.queue tbody tr:first-child a");
        await Arrive(page, new Regex(@"/entities/\d+$"));
        StringAssert(await page.InnerTextAsync("h1"), "Priya Natarajan");
        StringAssert(await page.InnerTextAsync("table.aliases"), "Natarajan");

        await page.GotoAsync(site.BaseUrl + "/entities?search=Kestrel%20Motors&type=ORG");
        await page.ClickAsync("table.queue tbody tr:first-child a");
        await Arrive(page, new Regex(@"/entities/\d+$"));
        var kestrel = page.Url;
        await page.FillAsync("form.merge input[name=other]", "Dunmore");
        await page.ClickAsync("form.merge button");
        await Arrive(page, new Regex("done=merged"));
        StringAssert(await page.InnerTextAsync(".notice"), "Merged");
        StringAssert(await page.InnerTextAsync("table.aliases"), "Dunmore");
        StringAssert(await page.InnerTextAsync(".trail"), "merge");
        Assert.StartsWith(kestrel, page.Url);
    }

    private static void StringAssert(string text, string expected) => Assert.Contains(expected, text);
}
