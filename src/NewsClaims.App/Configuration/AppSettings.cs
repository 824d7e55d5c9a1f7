using Microsoft.Extensions.Configuration;

namespace NewsClaims.App.Configuration;

/// <summary>Where the database and feeds file are: option, then NEWSCLAIMS_DB / NEWSCLAIMS_FEEDS, then appsettings.json, then the default.</summary>
/// <remarks>One name per setting everywhere: <c>--db</c>, <c>NEWSCLAIMS_DB</c>, <c>"db"</c> in appsettings.json.</remarks>
public static class AppSettings
{
    public const string DefaultDatabase = "newsclaims.db";
    public const string DefaultFeeds = "feeds.json";

    private static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables("NEWSCLAIMS_")
        .Build();

    public static string DatabasePath(string? option) => option ?? Load()["db"] ?? DefaultDatabase;

    public static string FeedsPath(string? option) => option ?? Load()["feeds"] ?? DefaultFeeds;

    /// <summary>The review server's access token: <c>NEWSCLAIMS_TOKEN</c>, then <c>"token"</c> in appsettings.json (never a
    /// command-line option, which other users of the machine could read).</summary>
    public static string? Token() => Load()["token"] is { Length: > 0 } t ? t : null;
}
