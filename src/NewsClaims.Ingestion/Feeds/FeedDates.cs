using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>Parses the dates feeds carry: RFC 822/1123 (RSS) and ISO 8601 / RFC 3339 (Atom, JSON Feed, sitemaps).</summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["IST"] = 5, ["JST"] = 9, ["AEST"] = 10, ["AEDT"] = 11,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The instant a feed date names, or null when the text is not a date we recognise.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var iso) && LooksIso(text))
            return iso;
        return ParseRfc822(text);
    }

    private static bool LooksIso(string text) => text.Length >= 4 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[3]);

    private static DateTimeOffset? ParseRfc822(string text)
    {
        var m = Rfc822().Match(text);
        if (!m.Success)
            return null;
        var month = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        if (month == 0)
            return null;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 100)
            year += year < 50 ? 2000 : 1900;
        var offset = ParseZone(m.Groups["zone"].Value);
        try
        {
            var second = m.Groups["sec"].Success ? int.Parse(m.Groups["sec"].Value, CultureInfo.InvariantCulture) : 0;
            return new DateTimeOffset(year, month, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture), Math.Min(second, 59), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeSpan ParseZone(string zone)
    {
        if (zone.Length == 0)
            return TimeSpan.Zero;
        if (ZoneOffsets.TryGetValue(zone, out var hours))
            return TimeSpan.FromHours(hours);
        if ((zone[0] == '+' || zone[0] == '-') && zone.Length >= 5)
        {
            var digits = zone.Replace(":", "", StringComparison.Ordinal);
            if (int.TryParse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture, out var h) &&
                int.TryParse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture, out var mm) && h <= 14 && mm < 60)
            {
                var span = new TimeSpan(h, mm, 0);
                return zone[0] == '-' ? -span : span;
            }
        }
        return TimeSpan.Zero;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},\s*|[A-Za-z]{3,9}\s+)?(?<day>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<year>\d{2,4})\s+(?<hour>\d{1,2}):(?<min>\d{2})(?::(?<sec>\d{2}))?\s*(?<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?")]
    private static partial Regex Rfc822();
}
