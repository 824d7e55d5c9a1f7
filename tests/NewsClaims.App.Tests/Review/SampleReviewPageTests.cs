using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsClaims.Storage;
using NewsClaims.Web;

namespace NewsClaims.App.Tests.Review;

/// <summary>The review page over the bundled sample outlets, as a new user first sees it after the README's first command.
/// With NEWSCLAIMS_SCREENSHOT=FILE it also saves the picture the README shows.</summary>
public sealed class SampleReviewPageTests(Browser browser) : IClassFixture<Browser>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-sample-review-").FullName;

    [BrowserFact]
    public async Task The_sample_strike_discrepancy_shows_each_outlets_claim_in_its_sentence()
    {
        var run = await Support.Cli.RunAsync(_folder, "run", "--once", "--feeds", Path.Combine(Support.Repository.Root, "samples", "feeds.json"));
        Assert.True(run.Exit == 0, run.Err);
        var database = Database.Open(Path.Combine(_folder, "newsclaims.db"));
        await using var app = ReviewServer.Build(new ReviewServerOptions(database, ["http://127.0.0.1:0"], null, "reviewer"));
        await app.StartAsync();
        var root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        var page = await browser.PageAsync([]);
        await page.GotoAsync(root + "/");
        await page.ClickAsync("table.queue tbody tr:first-child a");
        await page.WaitForSelectorAsync(".sides");
        var sides = await page.InnerTextAsync(".sides");
        foreach (var outlet in new[] { "Coastline Courier", "Metro Wire", "The Harbour Gazette" })
            Assert.Contains(outlet, sides);
        Assert.Contains("Meridian Air", await page.InnerTextAsync("h1"));
        Assert.True(await page.Locator(".sides mark").CountAsync() >= 2);

        if (Environment.GetEnvironmentVariable("NEWSCLAIMS_SCREENSHOT") is { Length: > 0 } file)
        {
            await page.FillAsync("#note", "Brenner's figure is a forecast; Coastline states it as fact");
            await page.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions { Path = file, FullPage = true });
        }
        await app.StopAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
