using Microsoft.Playwright;

namespace NewsClaims.App.Tests.Review;

/// <summary>Headless Debian Chromium driven by Playwright (which cannot download its own browsers here).</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium))
            return;   // the tests that need it are skipped, or fail in CI with the reason
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            // Without the background-networking flags Chromium keeps calling out to Google, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page (own cookies) that fails the test on any script error.</summary>
    public async Task<IPage> PageAsync(List<string> scriptErrors)
    {
        Assert.True(File.Exists(BrowserFactAttribute.Chromium), $"Chromium is not installed at {BrowserFactAttribute.Chromium}: apt-get install -y chromium");
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => scriptErrors.Add(error);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null)
            return;
        await Instance.CloseAsync();
        _playwright.Dispose();
    }
}
