using NewsClaims.App.Tests.Support;
using NewsClaims.App.Configuration;

namespace NewsClaims.App.Tests.Configuration;

public class FeedsConfigLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-config-").FullName;

    private FeedsConfig Load(string json)
    {
        var path = Path.Combine(_folder, "feeds.json");
        File.WriteAllText(path, json);
        return FeedsConfigLoader.Load(path);
    }

    private const string Outlet = """ "name": "Daily Ledger", "feeds": ["https://ledger.example/rss"] """;

    public static TheoryData<string, string> Invalid => new()
    {
        { """{ }""", "feeds.json: outlets: required" },
        { """{ "outlets": [ { "feeds": ["https://a.example/rss"] } ] }""", "feeds.json: outlets[0]: name: required" },
        { $$"""{ "outlets": [ { {{Outlet}} }, { {{Outlet}} } ] }""", "feeds.json: outlet 'Daily Ledger': name: used by another outlet" },
        { """{ "outlets": [ { "name": "Daily Ledger", "feeds": [] } ] }""", "feeds.json: outlet 'Daily Ledger': feeds: required" },
        { """{ "outlets": [ { "name": "Daily Ledger", "feeds": ["ftp://ledger.example/rss"] } ] }""", "feeds.json: outlet 'Daily Ledger': feeds[0]: 'ftp://ledger.example/rss' is not an http(s) URL" },
        { """{ "outlets": [ { "name": "Daily Ledger", "feeds": ["missing/feed.xml"] } ] }""", "feeds.json: outlet 'Daily Ledger': feeds[0]: file 'missing/feed.xml' not found" },
        { $$"""{ "outlets": [ { {{Outlet}}, "feed": "x" } ] }""", "feeds.json: outlet 'Daily Ledger': feed: unknown field" },
        { $$"""{ "outlets": [ { {{Outlet}}, "homepage": "ledger.example" } ] }""", "feeds.json: outlet 'Daily Ledger': homepage: 'ledger.example' is not an absolute http(s) URL" },
        { $$"""{ "outlets": [ { {{Outlet}}, "schedule": "15 minutes" } ] }""", "feeds.json: outlet 'Daily Ledger': schedule: '15 minutes' is not an interval" },
        { $$"""{ "outlets": [ { {{Outlet}}, "schedule": { "cron": "every day" } } ] }""", "feeds.json: outlet 'Daily Ledger': schedule.cron: 'every day' is not a valid Quartz cron expression" },
        { $$"""{ "outlets": [ { {{Outlet}}, "schedule": { "every": "5m", "cron": "0 * * * * ?" } } ] }""", "feeds.json: outlet 'Daily Ledger': schedule: give exactly one" },
        { $$"""{ "outlets": [ { {{Outlet}}, "enabled": "yes" } ] }""", "feeds.json: outlet 'Daily Ledger': enabled: must be true or false" },
        { $$"""{ "outlets": [ { {{Outlet}}, "politeness": { "minDelaySeconds": -1 } } ] }""", "feeds.json: outlet 'Daily Ledger': politeness: minDelaySeconds: -1 is out of range" },
        { $$"""{ "outlets": [ { {{Outlet}}, "limits": { "maxRedirects": 2.5 } } ] }""", "feeds.json: outlet 'Daily Ledger': limits: maxRedirects: must be a whole number" },
        { $$"""{ "outlets": [ { {{Outlet}}, "limits": { "timeoutSecs": 3 } } ] }""", "feeds.json: outlet 'Daily Ledger': limits: timeoutSecs: unknown field" },
        { """{ "defaults": { "politeness": { "maxConcurrencyPerHost": 0 } }, "outlets": [] }""", "feeds.json: defaults: politeness: maxConcurrencyPerHost: 0 is out of range" },
        { """{ "contact": "not a url", "outlets": [] }""", "feeds.json: contact: must be an absolute URL" },
        { "{ \"outlets\": [ { \"name\": \"Daily Ledger\",\n \"feeds\": [ } ] }", "feeds.json: not valid JSON at line 2" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Load_InvalidConfig_NamesTheOutletAndField(string json, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => Load(json));
        Assert.StartsWith(expected, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Load_MissingFile_SaysHowToGiveOne()
    {
        var e = Assert.Throws<ConfigException>(() => FeedsConfigLoader.Load(Path.Combine(_folder, "nope.json")));
        Assert.Contains("--feeds", e.Message);
    }

    [Fact]
    public void Load_MergesOutletOverridesOverDefaults()
    {
        var config = Load($$"""
            {
              // comments and trailing commas are fine
              "contact": "mailto:desk@ledger.example",
              "defaults": { "schedule": "30m", "politeness": { "minDelaySeconds": 3 }, "limits": { "maxArticlesPerPoll": 50 } },
              "outlets": [
                { {{Outlet}}, "politeness": { "maxConcurrencyPerHost": 1 }, "limits": { "timeoutSeconds": 12 } },
                { "name": "Quiet", "feeds": ["https://quiet.example/atom"], "schedule": { "cron": "0 0 6 * * ?" }, "enabled": false, },
              ],
            }
            """);
        var ledger = config.Outlets[0];
        Assert.Equal((TimeSpan.FromSeconds(3), 1, TimeSpan.FromSeconds(12), 50),
            (ledger.Fetch.MinDelay, ledger.Fetch.MaxConcurrencyPerHost, ledger.Fetch.Timeout, ledger.MaxArticlesPerPoll));
        Assert.Equal(TimeSpan.FromMinutes(30), ledger.Schedule.Interval);
        Assert.False(ledger.Fetch.AllowPrivateAddresses);
        Assert.Null(ledger.Fetch.FileRoot);
        Assert.Equal(("0 0 6 * * ?", false), (config.Outlets[1].Schedule.Cron, config.Outlets[1].Enabled));
        Assert.Equal("NewsClaims/0.1 (+mailto:desk@ledger.example)", config.UserAgent.ToString());
    }

    [Fact]
    public void Load_FeedPathsAreRelativeToTheFileAndConfineFileUrlsToItsFolder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "local"));
        File.WriteAllText(Path.Combine(_folder, "local", "feed.xml"), "<rss/>");
        var outlet = Load("""{ "outlets": [ { "name": "Local", "feeds": ["local/feed.xml"] } ] }""").Outlets[0];
        Assert.Equal(new Uri(Path.Combine(_folder, "local", "feed.xml")).AbsoluteUri, outlet.Feeds[0]);
        Assert.Equal(_folder, outlet.Fetch.FileRoot);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("1h30m", 5400)]
    [InlineData("2d", 172800)]
    [InlineData("00:15:00", 900)]
    public void Load_ReadsIntervals(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Load($$"""{ "outlets": [ { {{Outlet}}, "schedule": "{{text}}" } ] }""").Outlets[0].Schedule.Interval);

    [Fact]
    public void ShippedFeedsFiles_AreValid()
    {
        var root = Repository.Root;
        Assert.NotEmpty(FeedsConfigLoader.Load(Path.Combine(root, "feeds.json")).Outlets);
        Assert.Equal(3, FeedsConfigLoader.Load(Path.Combine(root, "samples", "feeds.json")).Outlets.Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
