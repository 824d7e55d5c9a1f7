using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NewsClaims.Storage;

namespace NewsClaims.App.Tests.Review;

/// <summary>`newsclaims serve` as a process: where it listens, and the token it demands beyond loopback.</summary>
public sealed partial class ServeCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclaims-serve-").FullName;

    public ServeCliTests() => Database.Open(Path.Combine(_folder, "newsclaims.db"));

    [Fact]
    public async Task Beyond_loopback_without_a_token_it_refuses_to_start_and_says_how_to_set_one()
    {
        var (exit, _, err) = await Support.Cli.RunAsync(_folder, "serve", "--urls", "http://0.0.0.0:0");
        Assert.Equal(2, exit);
        Assert.Contains("reachable from other machines", err);
        Assert.Contains("NEWSCLAIMS_TOKEN", err);
    }

    [Fact]
    public async Task Without_a_store_it_says_how_to_make_one()
    {
        var (exit, _, err) = await Support.Cli.RunAsync(_folder, "serve", "--db", "missing.db");
        Assert.Equal(1, exit);
        Assert.Contains("run --once", err);
    }

    [Fact]
    public async Task On_loopback_it_serves_without_a_token()
    {
        using var server = Support.Cli.Start(_folder, "serve", "--urls", "http://127.0.0.1:0");
        try
        {
            var url = await AddressAsync(server);
            Assert.StartsWith("http://127.0.0.1:", url);
            using var client = new HttpClient();
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("No discrepancies match.", await page.Content.ReadAsStringAsync());
            Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Beyond_loopback_every_request_needs_the_token_from_appsettings()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{ "token": "correct-horse-battery" }""");
        using var server = Support.Cli.Start(_folder, "serve", "--urls", "http://0.0.0.0:0");
        try
        {
            var port = new Uri((await AddressAsync(server)).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port;
            var root = $"http://127.0.0.1:{port}";
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(root + "/api/discrepancies")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(root + "/?token=wrong")).StatusCode);

            using var bearer = new HttpRequestMessage(HttpMethod.Get, root + "/api/discrepancies");
            bearer.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "correct-horse-battery");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bearer)).StatusCode);

            // A browser opens the link with ?token= once: it gets a cookie and the same page without the token in its address.
            var opened = await client.GetAsync(root + "/?status=open&token=correct-horse-battery");
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            Assert.Equal("/?status=open", opened.Headers.Location!.OriginalString);
            var cookie = opened.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("newsclaims_token=", StringComparison.Ordinal));
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            using var withCookie = new HttpRequestMessage(HttpMethod.Get, root + "/?status=open");
            withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(withCookie)).StatusCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    /// <summary>The address the server printed it listens on.</summary>
    private static async Task<string> AddressAsync(System.Diagnostics.Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } m)
                return m.Groups[1].Value;
        }
        throw new InvalidOperationException($"serve exited without listening: {await server.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"^Review page: (\S+?)/?$")]
    private static partial Regex ListeningLine();

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
