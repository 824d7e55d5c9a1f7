using System.Globalization;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Dates;

internal sealed partial class DateMatcher
{
    /// <summary>"3 p.m.", "10:30 a.m. ET", "noon", "midnight Friday", "5 p.m. EST, Nov. 6": a time of day, on the day named or the publication day.</summary>
    private bool TryTime(int i, out Hit hit)
    {
        hit = default;
        if (!TryClock(i, out var clock, out var last))
            return false;
        var day = today;
        var j = last + 1;
        if (t.IsPunct(j, ','))
            j++;
        if (t.Is(j, "on"))
            j++;
        if (TryWeekdayDate(j, out var date) || TryMonthFirst(j, out date) && date.Granularity == Granularity.Day || TryDayWord(j, out date))
        {
            if (date.Granularity == Granularity.Day && date.Start is { } d)
            {
                day = d;
                last = date.Last;
            }
        }
        hit = new Hit(i, last, TemporalType.Time, $"{day:yyyy-MM-dd}T{clock}", Granularity.Time, null, day, day);
        return true;
    }

    /// <summary>Reads a clock time: "10:30", "10:30 a.m.", "3pm", "3 p.m. ET", "noon", "midnight".</summary>
    private bool TryClock(int i, out string clock, out int last)
    {
        clock = "";
        last = i;
        if (t.Has(i, WordClass.PartOfDay) && t.Info(i)!.PartOfDay!.Contains(':'))
        {
            clock = t.Info(i)!.PartOfDay!;
            return true;
        }
        var hour = t.Integer(i);
        if (hour < 0 || t.Digits(i) > 2 || hour > 24)
            return false;
        var minute = 0;
        var hasMinutes = false;
        if (t.IsPunct(i + 1, ':') && t[i + 1].Attached && t.Digits(i + 2) == 2 && t[i + 2].Attached)
        {
            minute = t.Integer(i + 2);
            if (minute > 59)
                return false;
            hasMinutes = true;
            last = i + 2;
            if (t.IsPunct(last + 1, ':') && t.Digits(last + 2) == 2)
                last += 2;
        }
        if (MeridiemAt(last + 1, out var meridiemLast, out var pm))
        {
            if (hour is < 1 or > 12)
                return false;
            hour = pm ? (hour % 12) + 12 : hour % 12;
            last = meridiemLast;
        }
        else if (t.Is(last + 1, "o'clock") || t.Is(last + 1, "o\u2019clock"))
        {
            last++;
        }
        else if (!hasMinutes)
        {
            return false;
        }
        if (t.Has(last + 1, WordClass.Zone) && t[last + 1].Has(TokenFlags.AllCaps))
            last++;
        clock = hour.ToString("D2", CultureInfo.InvariantCulture) + ":" + minute.ToString("D2", CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>"am", "pm", "a.m.", "p.m." after a clock number.</summary>
    private bool MeridiemAt(int j, out int last, out bool pm)
    {
        last = j;
        pm = false;
        if (t.Has(j, WordClass.Meridiem))
        {
            pm = t.Is(j, "pm");
            return true;
        }
        if (t.IsAny(j, "a", "p") && t.IsPunct(j + 1, '.') && t.Is(j + 2, "m") && t[j + 1].Attached && t[j + 2].Attached)
        {
            pm = t.Is(j, "p");
            last = t.IsPunct(j + 3, '.') && t[j + 3].Attached ? j + 3 : j + 2;
            return true;
        }
        return false;
    }

    /// <summary>A day followed by a part of the day or a clock time: "Friday morning", "yesterday afternoon", "Dec. 4 at 3 p.m.".</summary>
    private Hit WithTimeOfDay(Hit hit)
    {
        if (hit.Type != TemporalType.Date || hit.Granularity != Granularity.Day || hit.Start is not { } day)
            return hit;
        var j = hit.Last + 1;
        if (t.Has(j, WordClass.PartOfDay) && t.Info(j)!.PartOfDay is { Length: 2 } part && !t.Span(j).EndsWith("s"))
            return TimeOn(hit.First, j, day, part);
        if (t.IsPunct(j, ','))
            j++;
        if (t.Is(j, "at"))
            j++;
        if (j > hit.Last + 1 && TryClock(j, out var clock, out var last) || TryClock(j, out clock, out last))
            return new Hit(hit.First, last, TemporalType.Time, $"{day:yyyy-MM-dd}T{clock}", Granularity.Time, null, day, day);
        return hit;
    }

    private static Hit TimeOn(int first, int last, DateOnly day, string part) =>
        new(first, last, TemporalType.Time, $"{day:yyyy-MM-dd}T{part}", Granularity.PartOfDay, null, day, day);
}
