using System.Globalization;
using NewsClaims.Core.Analysis.Dates;

namespace NewsClaims.Core.Analysis.Claims;

/// <summary>A claim's value in the one numeric form reconciliation compares: figures in their base unit, dates as day numbers
/// (the interval the wording names), durations in days. Null bounds are open ("more than $6 billion" has no high).</summary>
/// <param name="Number">The stated number of a figure; null for dates and vague figures.</param>
/// <param name="Text">The TimeML value of a date or duration ("2026-10-01", "P4Y"); null for figures.</param>
/// <param name="Low">Lowest value the wording allows (a day number for dates).</param>
/// <param name="High">Highest value the wording allows.</param>
public sealed record ClaimValue(decimal? Number, decimal? NumberMax, string? Text, string? Unit, double? Low, double? High, string Qualifier)
{
    public static ClaimValue Of(Claim c)
    {
        if (c.Figure is { } f)
            return new ClaimValue(f.Value, f.ValueMax, null, f.Unit, (double?)f.Low, (double?)f.High, AnalysisNames.Of(f.Qualifier));
        var d = c.Date!;
        if (d.Type == TemporalType.Duration)
        {
            var days = DurationDays(d.Value);
            var qualifier = d.Mod switch { "APPROX" => "approx", "MORE_THAN" or "EQUAL_OR_MORE" => "atLeast", "LESS_THAN" or "EQUAL_OR_LESS" => "atMost", _ => "exact" };
            return new ClaimValue(null, null, d.Value, "days",
                qualifier is "atMost" ? null : days * (qualifier == "approx" ? 0.9 : 1),
                qualifier is "atLeast" ? null : days * (qualifier == "approx" ? 1.1 : 1), qualifier);
        }
        return new ClaimValue(null, null, d.Value, "date", d.StartDate?.DayNumber, d.EndDate?.DayNumber, d.Mod is null ? "exact" : "approx");
    }

    /// <summary>A day number (as <see cref="Low"/> and <see cref="High"/> hold for dates) as an ISO date.</summary>
    public static string IsoDay(double dayNumber) => AnalysisNames.IsoDate(DateOnly.FromDayNumber((int)dayNumber));

    /// <summary>Days in a TimeML duration (P4Y, P18M, P2W, P3D), approximately; null when it is not one of those.</summary>
    public static double? DurationDays(string value)
    {
        if (value.Length < 3 || value[0] != 'P' || value[1] == 'T')
            return null;
        if (!double.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            return null;
        return value[^1] switch { 'Y' => n * 365.25, 'M' => n * 30.44, 'W' => n * 7, 'D' => n, _ => null };
    }
}
