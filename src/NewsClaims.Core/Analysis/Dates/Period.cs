using System.Globalization;

namespace NewsClaims.Core.Analysis.Dates;

/// <summary>A calendar interval with its TimeML value: the building block every date pattern resolves to.</summary>
public readonly record struct Period(DateOnly Start, DateOnly End, string Value, Granularity Granularity)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Period Day(DateOnly d) => new(d, d, d.ToString("yyyy-MM-dd", C), Granularity.Day);

    public static Period Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, start.AddMonths(1).AddDays(-1), start.ToString("yyyy-MM", C), Granularity.Month);
    }

    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString("D4", C), Granularity.Year);

    public static Period Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(start, start.AddMonths(3).AddDays(-1), $"{year:D4}-Q{quarter}", Granularity.Quarter);
    }

    public static Period Half(int year, int half)
    {
        var start = new DateOnly(year, half == 1 ? 1 : 7, 1);
        return new(start, start.AddMonths(6).AddDays(-1), $"{year:D4}-H{half}", Granularity.Half);
    }

    public static Period Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(date);
        var week = ISOWeek.GetWeekOfYear(date);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new(monday, monday.AddDays(6), $"{year:D4}-W{week:D2}", Granularity.Week);
    }

    public static Period Weekend(DateOnly day)
    {
        var week = Week(day);
        return new(week.Start.AddDays(5), week.End, week.Value + "-WE", Granularity.Week);
    }

    /// <summary>Meteorological seasons (northern hemisphere): winter is December of the year to February of the next.</summary>
    public static Period Season(int year, string season)
    {
        var startMonth = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var start = new DateOnly(year, startMonth, 1);
        return new(start, start.AddMonths(3).AddDays(-1), $"{year:D4}-{season}", Granularity.Season);
    }

    /// <summary>The retail holiday season: from Thanksgiving week to the end of the year.</summary>
    public static Period HolidaySeason(int year) =>
        new(new DateOnly(year, 11, 20), new DateOnly(year, 12, 31), $"{year:D4}-11-20/{year:D4}-12-31", Granularity.Season);

    public static Period Decade(int firstYear) =>
        new(new DateOnly(firstYear, 1, 1), new DateOnly(firstYear + 9, 12, 31), (firstYear / 10).ToString("D3", C), Granularity.Decade);

    /// <summary>A century as TimeML names it: "19" is 1900-1999.</summary>
    public static Period Century(int hundreds) =>
        new(new DateOnly(hundreds * 100, 1, 1), new DateOnly(hundreds * 100 + 99, 12, 31), hundreds.ToString("D2", C), Granularity.Century);

    /// <summary>"early", "mid-", "late", "the end of": a part of this period, with the TimeML modifier that says which.</summary>
    /// <param name="mod">START, MID, END, FIRST_HALF or SECOND_HALF.</param>
    /// <param name="narrow">"the start of" / "the end of" name the first or last quarter; "early" / "late" a third.</param>
    public (Period Part, string Mod) PartOf(string mod, bool narrow = false)
    {
        (double from, double to) = mod switch
        {
            "START" => (0.0, 1 / 3.0),
            "MID" => (1 / 3.0, 2 / 3.0),
            "END" => (2 / 3.0, 1.0),
            "FIRST_HALF" => (0.0, 0.5),
            "SECOND_HALF" => (0.5, 1.0),
            _ => (0.0, 1.0),
        };
        if (narrow && mod is "START" or "END")
            (from, to) = mod == "START" ? (0.0, 0.25) : (0.75, 1.0);
        DateOnly start, end;
        if (Granularity is Granularity.Year or Granularity.Decade or Granularity.Century or Granularity.Quarter or Granularity.Half)
        {
            // Whole months read better than fractions of a year: early 2026 is January to April.
            var months = (End.Year - Start.Year) * 12 + End.Month - Start.Month + 1;
            start = Start.AddMonths((int)Math.Round(months * from));
            end = Start.AddMonths(Math.Max((int)Math.Round(months * to), (int)Math.Round(months * from) + 1)).AddDays(-1);
        }
        else
        {
            var days = End.DayNumber - Start.DayNumber + 1;
            start = DateOnly.FromDayNumber(Start.DayNumber + (int)Math.Round(days * from));
            end = DateOnly.FromDayNumber(Math.Max(start.DayNumber, Start.DayNumber + (int)Math.Round(days * to) - 1));
        }
        return (this with { Start = start, End = end }, mod);
    }
}
