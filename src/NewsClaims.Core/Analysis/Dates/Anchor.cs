namespace NewsClaims.Core.Analysis.Dates;

/// <summary>Places a date the text gives without its year or week on the calendar, from the publication date and the sentence's tense.</summary>
/// <remarks>
/// Direction -1 means the sentence speaks of the past, +1 of the future, 0 that we could not tell: then the nearest
/// reading wins (for a weekday, the last one: news mostly reports what just happened).
/// </remarks>
internal readonly record struct Anchor(DateOnly Today, int Direction)
{
    public int Quarter => (Today.Month - 1) / 3 + 1;

    public DateOnly Weekday(int isoWeekday)
    {
        var today = (int)Today.DayOfWeek == 0 ? 7 : (int)Today.DayOfWeek;
        var back = (today - isoWeekday + 7) % 7;      // days back to the last such weekday (0: today)
        var ahead = (isoWeekday - today + 7) % 7;     // days ahead to the next one (0: today)
        return Direction switch
        {
            < 0 => Today.AddDays(-back),
            > 0 => Today.AddDays(ahead),
            // Without a tense cue, news reports what happened: the last such weekday.
            _ => Today.AddDays(-back),
        };
    }

    /// <summary>The nearest such month; the tense moves it a year only when the nearest lies more than two months the wrong way.</summary>
    public int YearOfMonth(int month)
    {
        var here = Today.Year * 12 + Today.Month - 1;
        var year = Nearest(y => Math.Abs(y * 12 + month - 1 - here));
        var offset = year * 12 + month - 1 - here;
        if (Direction < 0 && offset > 2)
            return year - 1;
        if (Direction > 0 && offset < -2)
            return year + 1;
        return year;
    }

    /// <summary>The nearest such day; the tense moves it a year only when the nearest lies more than two months the wrong way.</summary>
    public int YearOfDay(int month, int day)
    {
        var today = Today;
        var year = Nearest(y => SafeDate(y, month, day) is { } d ? Math.Abs(d.DayNumber - today.DayNumber) : int.MaxValue);
        if (SafeDate(year, month, day) is not { } date)
            return Today.Year;
        var offset = date.DayNumber - Today.DayNumber;
        if (Direction < 0 && offset > 62)
            return year - 1;
        if (Direction > 0 && offset < -62)
            return year + 1;
        return year;
    }

    /// <summary>The nearest such quarter, moved by the tense only when two or more quarters the wrong way.</summary>
    public int YearOfQuarter(int quarter)
    {
        var here = Today.Year * 4 + Quarter - 1;
        var year = Nearest(y => Math.Abs(y * 4 + quarter - 1 - here));
        var offset = year * 4 + quarter - 1 - here;
        // A quarter not yet begun cannot be spoken of in the past tense.
        if (Direction < 0 && offset >= 1)
            return year - 1;
        if (Direction > 0 && offset <= -2)
            return year + 1;
        return year;
    }

    private int Nearest(Func<int, int> distance)
    {
        var best = Today.Year;
        for (var y = Today.Year - 1; y <= Today.Year + 1; y++)
            if (distance(y) < distance(best))
                best = y;
        return best;
    }

    public int YearOfSeason(string season)
    {
        var startMonth = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var current = Today.Month switch { >= 3 and <= 5 => 3, >= 6 and <= 8 => 6, >= 9 and <= 11 => 9, _ => 12 };
        // Winter that began last December is this year's "winter" in January and February.
        var seasonYear = Today.Month <= 2 ? Today.Year - 1 : Today.Year;
        if (startMonth == current)
            return seasonYear;
        return Direction switch
        {
            < 0 when startMonth > current => seasonYear - 1,
            > 0 when startMonth < current => seasonYear + 1,
            _ => seasonYear,
        };
    }

    public static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
