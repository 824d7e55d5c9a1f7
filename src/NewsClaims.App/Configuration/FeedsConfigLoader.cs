using System.Globalization;
using System.Text.Json;
using NewsClaims.Ingestion.Http;

namespace NewsClaims.App.Configuration;

/// <summary>Reads and validates feeds.json; any problem is a <see cref="ConfigException"/> naming the outlet and field.</summary>
/// <remarks>
/// Unknown fields are errors, not ignored, so a misspelt override cannot silently fall back to a default.
/// Feed entries that are not http(s) URLs are paths relative to the file, read from disk (the bundled samples).
/// </remarks>
public static class FeedsConfigLoader
{
    public const string DefaultContact = "https://github.com/newsclaims/newsclaims";
    private static readonly string[] TopFields = ["contact", "defaults", "outlets"];
    private static readonly string[] OutletFields = ["name", "homepage", "feeds", "schedule", "enabled", "politeness", "limits", "allowPrivateAddresses"];
    private static readonly string[] PolitenessFields = ["minDelaySeconds", "maxConcurrencyPerHost", "respectRobots"];
    private static readonly string[] LimitsFields = ["timeoutSeconds", "maxBodyBytes", "maxRedirects", "maxAttempts", "retryBaseDelaySeconds", "maxArticlesPerPoll"];

    public static FeedsConfig Load(string path, string version = "0.1")
    {
        var file = System.IO.Path.GetFileName(path);
        if (!File.Exists(path))
            throw new ConfigException($"{path}: file not found (use --feeds FILE, NEWSCLAIMS_FEEDS, or create feeds.json)");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{file}: not valid JSON at line {e.LineNumber + 1}: {FirstSentence(e.Message)}");
        }
        using (doc)
            return Read(doc.RootElement, System.IO.Path.GetFullPath(path), file, version);
    }

    private static FeedsConfig Read(JsonElement root, string fullPath, string file, string version)
    {
        var ctx = new Context(file, null);
        if (root.ValueKind != JsonValueKind.Object)
            throw ctx.Error("the top level must be an object with \"outlets\"");
        ctx.CheckFields(root, TopFields);
        var contact = ctx.String(root, "contact") ?? DefaultContact;
        if (!Uri.TryCreate(contact, UriKind.Absolute, out _))
            throw ctx.Error("contact: must be an absolute URL (or mailto:) that site owners can reach you at");

        var defaults = new Defaults(FetchOptions.Default, Schedule.Every(TimeSpan.FromMinutes(15)), 200);
        if (ctx.Section(root, "defaults", ["schedule", "politeness", "limits", "allowPrivateAddresses"]) is (var d, var dctx))
            defaults = ApplyOverrides(d, defaults, dctx);

        if (!root.TryGetProperty("outlets", out var outlets) || outlets.ValueKind != JsonValueKind.Array)
            throw ctx.Error("outlets: required, an array of outlets");
        var list = new List<OutletConfig>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var o in outlets.EnumerateArray())
        {
            var octx = new Context(file, $"outlets[{index}]");
            if (o.ValueKind != JsonValueKind.Object)
                throw octx.Error("must be an object");
            var name = octx.String(o, "name");
            if (string.IsNullOrWhiteSpace(name))
                throw octx.Error("name: required, a non-empty string");
            octx = new Context(file, $"outlet '{name}'");
            if (!names.Add(name))
                throw octx.Error("name: used by another outlet; names must be unique");
            octx.CheckFields(o, OutletFields);
            list.Add(ReadOutlet(o, name, octx, defaults, fullPath));
            index++;
        }
        return new FeedsConfig(fullPath, new UserAgent("NewsClaims", version, contact), list);
    }

    private static OutletConfig ReadOutlet(JsonElement o, string name, Context ctx, Defaults defaults, string configPath)
    {
        var homepage = ctx.String(o, "homepage");
        if (homepage is not null && !IsHttpUrl(homepage))
            throw ctx.Error($"homepage: '{homepage}' is not an absolute http(s) URL");
        if (!o.TryGetProperty("feeds", out var feeds) || feeds.ValueKind != JsonValueKind.Array || feeds.GetArrayLength() == 0)
            throw ctx.Error("feeds: required, a non-empty array of feed URLs");
        var urls = new List<string>();
        var hasFiles = false;
        var i = 0;
        foreach (var f in feeds.EnumerateArray())
        {
            var text = f.ValueKind == JsonValueKind.String ? f.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(text))
                throw ctx.Error($"feeds[{i}]: must be a URL string");
            if (IsHttpUrl(text))
            {
                urls.Add(text);
            }
            else if (Uri.TryCreate(text, UriKind.Absolute, out var abs) && abs.Scheme != Uri.UriSchemeFile)
            {
                throw ctx.Error($"feeds[{i}]: '{text}' is not an http(s) URL or a file path");
            }
            else
            {
                var local = System.IO.Path.GetFullPath(text, System.IO.Path.GetDirectoryName(configPath)!);
                if (!File.Exists(local))
                    throw ctx.Error($"feeds[{i}]: file '{text}' not found (paths are relative to the feeds file)");
                urls.Add(new Uri(local).AbsoluteUri);
                hasFiles = true;
            }
            i++;
        }
        var enabled = true;
        if (o.TryGetProperty("enabled", out var e))
        {
            if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw ctx.Error("enabled: must be true or false");
            enabled = e.GetBoolean();
        }
        var merged = ApplyOverrides(o, defaults, ctx);
        var fetch = merged.Fetch;
        if (hasFiles)
            fetch = fetch with { FileRoot = System.IO.Path.GetDirectoryName(configPath) };
        return new OutletConfig(name, homepage, urls, merged.Schedule, enabled, fetch, merged.MaxArticlesPerPoll);
    }

    private static Defaults ApplyOverrides(JsonElement o, Defaults d, Context ctx)
    {
        var fetch = d.Fetch;
        var schedule = d.Schedule;
        var maxArticles = d.MaxArticlesPerPoll;
        if (o.TryGetProperty("schedule", out var s))
            schedule = ReadSchedule(s, ctx);
        if (o.TryGetProperty("allowPrivateAddresses", out var ap))
        {
            if (ap.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw ctx.Error("allowPrivateAddresses: must be true or false");
            fetch = fetch with { AllowPrivateAddresses = ap.GetBoolean() };
        }
        if (ctx.Section(o, "politeness", PolitenessFields) is (var p, var pctx))
        {
            fetch = fetch with
            {
                MinDelay = pctx.Seconds(p, "minDelaySeconds", 0, 3600) ?? fetch.MinDelay,
                MaxConcurrencyPerHost = pctx.Int(p, "maxConcurrencyPerHost", 1, 32) ?? fetch.MaxConcurrencyPerHost,
                RespectRobots = pctx.Bool(p, "respectRobots") ?? fetch.RespectRobots,
            };
        }
        if (ctx.Section(o, "limits", LimitsFields) is (var l, var lctx))
        {
            fetch = fetch with
            {
                Timeout = lctx.Seconds(l, "timeoutSeconds", 0.01, 600) ?? fetch.Timeout,
                MaxBodyBytes = lctx.Long(l, "maxBodyBytes", 1024, 1L << 31) ?? fetch.MaxBodyBytes,
                MaxRedirects = lctx.Int(l, "maxRedirects", 0, 20) ?? fetch.MaxRedirects,
                MaxAttempts = lctx.Int(l, "maxAttempts", 1, 10) ?? fetch.MaxAttempts,
                RetryBaseDelay = lctx.Seconds(l, "retryBaseDelaySeconds", 0, 600) ?? fetch.RetryBaseDelay,
            };
            maxArticles = lctx.Int(l, "maxArticlesPerPoll", 1, 100_000) ?? maxArticles;
        }
        return new Defaults(fetch, schedule, maxArticles);
    }

    private static Schedule ReadSchedule(JsonElement s, Context ctx)
    {
        if (s.ValueKind == JsonValueKind.String)
            return Schedule.Every(ParseInterval(s.GetString()!, ctx));
        if (s.ValueKind != JsonValueKind.Object)
            throw ctx.Error("schedule: must be an interval such as \"15m\", or {\"every\": \"15m\"} or {\"cron\": \"0 0/15 * * * ?\"}");
        ctx.For("schedule").CheckFields(s, ["every", "cron"]);
        var every = ctx.String(s, "every");
        var cron = ctx.String(s, "cron");
        if ((every is null) == (cron is null))
            throw ctx.Error("schedule: give exactly one of \"every\" and \"cron\"");
        if (every is not null)
            return Schedule.Every(ParseInterval(every, ctx));
        if (!Quartz.CronExpression.TryParse(cron!, out _))
            throw ctx.Error($"schedule.cron: '{cron}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
        return new Schedule(null, cron);
    }

    /// <summary>"90s", "15m", "1h30m", "2d", or "hh:mm:ss".</summary>
    internal static TimeSpan ParseInterval(string text, Context ctx)
    {
        text = text.Trim();
        TimeSpan result = TimeSpan.Zero;
        if (text.Contains(':') && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var clock))
        {
            result = clock;
        }
        else
        {
            var m = System.Text.RegularExpressions.Regex.Match(text, @"^(?:(\d+(?:\.\d+)?)d)?(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$");
            if (!m.Success || text.Length == 0)
                throw ctx.Error($"schedule: '{text}' is not an interval (examples: \"90s\", \"15m\", \"1h30m\", \"00:15:00\")");
            double Part(int g) => m.Groups[g].Success ? double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
            result = TimeSpan.FromDays(Part(1)) + TimeSpan.FromHours(Part(2)) + TimeSpan.FromMinutes(Part(3)) + TimeSpan.FromSeconds(Part(4));
        }
        if (result < TimeSpan.FromSeconds(1))
            throw ctx.Error($"schedule: '{text}' is shorter than one second");
        return result;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed record Defaults(FetchOptions Fetch, Schedule Schedule, int MaxArticlesPerPoll);

    /// <summary>Where in the file we are, so every error names it.</summary>
    internal sealed record Context(string File, string? Where)
    {
        public Context For(string field) => this with { Where = Where is null ? field : $"{Where}: {field}" };

        public ConfigException Error(string message) =>
            new(Where is null ? $"{File}: {message}" : $"{File}: {Where}: {message}");

        /// <summary>The object-valued field <paramref name="name"/> (checked for unknown fields) and its context, or null when absent.</summary>
        public (JsonElement Value, Context Where)? Section(JsonElement parent, string name, string[] fields)
        {
            if (!parent.TryGetProperty(name, out var value))
                return null;
            var where = For(name);
            if (value.ValueKind != JsonValueKind.Object)
                throw where.Error("must be an object");
            where.CheckFields(value, fields);
            return (value, where);
        }

        public void CheckFields(JsonElement e, string[] allowed)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (!allowed.Contains(p.Name))
                    throw Error($"{p.Name}: unknown field (expected one of: {string.Join(", ", allowed)})");
            }
        }

        public string? String(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
                return null;
            return v.ValueKind == JsonValueKind.String ? v.GetString() : throw Error($"{name}: must be a string");
        }

        public bool? Bool(JsonElement e, string name) =>
            !e.TryGetProperty(name, out var v) ? null
            : v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean()
            : throw Error($"{name}: must be true or false");

        public double? Number(JsonElement e, string name, double min, double max)
        {
            if (!e.TryGetProperty(name, out var v))
                return null;
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var x))
                throw Error($"{name}: must be a number");
            if (x < min || x > max)
                throw Error($"{name}: {x.ToString(CultureInfo.InvariantCulture)} is out of range [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]");
            return x;
        }

        public int? Int(JsonElement e, string name, int min, int max) =>
            Number(e, name, min, max) is { } x ? (x == Math.Floor(x) ? (int)x : throw Error($"{name}: must be a whole number")) : null;

        public long? Long(JsonElement e, string name, long min, long max) =>
            Number(e, name, min, max) is { } x ? (long)x : null;

        public TimeSpan? Seconds(JsonElement e, string name, double min, double max) =>
            Number(e, name, min, max) is { } x ? TimeSpan.FromSeconds(x) : null;
    }
}
