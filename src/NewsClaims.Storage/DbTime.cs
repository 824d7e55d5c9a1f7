using System.Globalization;

namespace NewsClaims.Storage;

/// <summary>The one text form of instants in the store: ISO 8601 UTC with milliseconds, so text order is time order.</summary>
public static class DbTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Text(DateTimeOffset at) => at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Text(DateTimeOffset? at) => at is { } value ? Text(value) : null;

    public static DateTimeOffset? Parse(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime()
            : null;

    /// <summary>True for a day written YYYY-MM-DD, the one form date filters take (compared with stored times as text).</summary>
    public static bool IsDay(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
