using System.Globalization;

namespace NewsClaims.Core.Analysis;

/// <summary>What an article's text is read against: the date its relative dates count from, and how its numeric dates are written.</summary>
public static class ArticleAnchor
{
    /// <summary>The page's own publication date, else the feed's, else the day the page was fetched.</summary>
    /// <remarks>The page's date is its local calendar date as printed, which is what "yesterday" in the text means.</remarks>
    public static DateOnly Date(string? published, string? feedPublished, DateTimeOffset fetchedAt) =>
        TryDate(published, out var d) || TryDate(feedPublished, out d) ? d : DateOnly.FromDateTime(fetchedAt.UtcDateTime);

    /// <summary>Reads the date at the start of an ISO 8601 text ("2026-03-18", "2026-03-18T09:30:00-05:00").</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: >= 10 }
               && (text.Length == 10 || text[10] is 'T' or ' ')
               && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Whether an outlet writing in <paramref name="language"/> (a BCP 47 tag) puts the day first in 12/04/2026.</summary>
    /// <remarks>Month-first is the United States' habit (and the Philippines', and common in Canada); nearly everyone else writes the
    /// day first. A bare "en" says nothing about the region, so it keeps the month-first default.</remarks>
    public static bool DayFirst(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return false;
        var parts = language.Trim().Replace('_', '-').Split('-');
        var lang = parts[0].ToLowerInvariant();
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2)?.ToUpperInvariant();
        if (lang == "en")
            return region is not (null or "US" or "PH" or "CA");
        return true;
    }
}
