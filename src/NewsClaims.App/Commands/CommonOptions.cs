using System.CommandLine;
using Microsoft.Extensions.Logging;
using NewsClaims.App.Configuration;
using NewsClaims.App.Pipeline;
using NewsClaims.Storage;

namespace NewsClaims.App.Commands;

/// <summary>Options several commands share, and the one way commands open the store, read feeds.json and report errors.</summary>
internal static class CommonOptions
{
    public const int ExitFailure = 1;
    public const int ExitConfig = 2;

    public static Option<string?> Db() => new("--db")
    {
        Description = $"SQLite database file (default: NEWSCLAIMS_DB, then \"db\" in appsettings.json, then {AppSettings.DefaultDatabase})",
        HelpName = "FILE",
    };

    public static Option<string?> Feeds() => new("--feeds")
    {
        Description = $"Outlets configuration (default: NEWSCLAIMS_FEEDS, then \"feeds\" in appsettings.json, then {AppSettings.DefaultFeeds})",
        HelpName = "FILE",
    };

    public static ILoggerFactory Logging(LogLevel level = LogLevel.Information) => LoggerFactory.Create(b => b
        .SetMinimumLevel(level)
        .AddFilter("Quartz", LogLevel.Warning)
        .AddFilter("Microsoft", LogLevel.Warning)
        // Logs go to stderr so stdout carries only the command's own output (tables, JSON) for scripts.
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        })
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));

    /// <summary>True for no value or a day written YYYY-MM-DD, the one form date filters take.</summary>
    public static bool IsDay(string? text) => text is null || DbTime.IsDay(text);

    public static int Error(string message, int code)
    {
        Console.Error.WriteLine($"newsclaims: {message}");
        return code;
    }

    /// <summary>Opens (creating or migrating) the database, or explains why it cannot.</summary>
    public static Database? OpenDatabase(string? option, out int exitCode)
    {
        var path = AppSettings.DatabasePath(option);
        exitCode = 0;
        try
        {
            return Database.Open(path);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            exitCode = Error($"cannot open database {path}: {e.Message}", ExitFailure);
            return null;
        }
    }

    /// <summary>Opens a store that must exist already (query commands have nothing to show in a new one).</summary>
    public static Database? OpenExisting(string? option, out int exitCode)
    {
        var path = AppSettings.DatabasePath(option);
        if (File.Exists(path))
            return OpenDatabase(path, out exitCode);
        exitCode = Error($"no database at {Path.GetFullPath(path)}; run `newsclaims run --once` first, or give --db FILE", ExitFailure);
        return null;
    }

    /// <summary>Opens the store and builds the pipeline for a command; null (with the exit code) when the store cannot be opened.</summary>
    public static PipelineServices? StartPipeline(FeedsConfig config, string? dbOption, out int exitCode)
    {
        var database = OpenDatabase(dbOption, out exitCode);
        return database is null ? null : new PipelineServices(database, config, Logging());
    }

    /// <summary>The configuration of commands that fetch nothing on a schedule: no outlets, the default contact.</summary>
    public static FeedsConfig NoFeeds() =>
        new("", new Ingestion.Http.UserAgent("NewsClaims", Version, FeedsConfigLoader.DefaultContact), []);

    public static FeedsConfig? LoadFeeds(string? option, out int exitCode)
    {
        exitCode = 0;
        try
        {
            return FeedsConfigLoader.Load(AppSettings.FeedsPath(option), Version);
        }
        catch (ConfigException e)
        {
            exitCode = Error(e.Message, ExitConfig);
            return null;
        }
    }

    public static string Version { get; } =
        typeof(CommonOptions).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.1.0";
}
