using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Dates;

internal sealed partial class DateMatcher
{
    /// <summary>Dates on the calendar, absolute or partial: days, months, quarters, seasons, years, decades.</summary>
    private bool TryCalendar(int i, out Hit hit) =>
        TryIso(i, out hit) || TrySlashed(i, out hit) || TryWeekOf(i, out hit) || TryWeekdayDate(i, out hit) || TryMonthFirst(i, out hit)
        || TryDayFirst(i, out hit) || TryQuarter(i, out hit) || TrySeason(i, out hit) || TryHoliday(i, out hit)
        || TryNamedDay(i, out hit) || TryDecade(i, out hit) || TryYear(i, out hit);

    /// <summary>2026-10-01 and 2026-10.</summary>
    private bool TryIso(int i, out Hit hit)
    {
        hit = default;
        var year = YearAt(i, 1000, 2999);
        if (year < 0 || !t.IsDash(i + 1) || !t[i + 1].Attached || !t.IsNumber(i + 2) || !t[i + 2].Attached || t.Digits(i + 2) != 2)
            return false;
        var month = t.Integer(i + 2);
        if (month is < 1 or > 12)
            return false;
        if (t.IsDash(i + 3) && t[i + 3].Attached && t.IsNumber(i + 4) && t[i + 4].Attached && t.Digits(i + 4) == 2)
        {
            if (Anchor.SafeDate(year, month, t.Integer(i + 4)) is not { } day)
                return false;
            hit = Hit.Of(i, i + 4, Period.Day(day));
            return true;
        }
        hit = Hit.Of(i, i + 2, Period.Month(year, month));
        return true;
    }

    /// <summary>12/04/2025 (month first unless the outlet writes day first, or the first number cannot be a month).</summary>
    private bool TrySlashed(int i, out Hit hit)
    {
        hit = default;
        if (!(t.IsNumber(i) && t.IsPunct(i + 1, '/') && t.IsNumber(i + 2) && t.IsPunct(i + 3, '/') && t.IsNumber(i + 4)
              && t[i + 1].Attached && t[i + 2].Attached && t[i + 3].Attached && t[i + 4].Attached))
            return false;
        int a = t.Integer(i), b = t.Integer(i + 2), y = t.Integer(i + 4);
        if (t.Digits(i + 4) == 2)
            y += y < 50 ? 2000 : 1900;
        else if (t.Digits(i + 4) != 4)
            return false;
        var (month, day) = dayFirst || a > 12 ? (b, a) : (a, b);
        if (Anchor.SafeDate(y, month, day) is not { } date)
            return false;
        hit = Hit.Of(i, i + 4, Period.Day(date));
        return true;
    }

    /// <summary>"Friday, Nov. 14", "Thursday 4 December", or a weekday alone ("on Thursday"), placed by the sentence's tense.</summary>
    private bool TryWeekdayDate(int i, out Hit hit)
    {
        hit = default;
        if (!t.Has(i, WordClass.Weekday) || !t[i].Has(TokenFlags.Capitalised))
            return false;
        var j = i + 1;
        if (t.IsPunct(j, '.') && t[j].Attached)
            j++;
        if (t.IsPunct(j, ','))
            j++;
        if (TryMonthFirst(j, out var date) && date.Granularity == Granularity.Day || TryDayFirst(j, out date))
        {
            hit = date with { First = i };
            return true;
        }
        // A weekday alone must be written out in full: "Sun" and "Wed" are words too.
        if (t.Span(i).Length < 6)
            return false;
        var anchor = AnchorFor(i, i);
        hit = Hit.Of(i, i, Period.Day(anchor.Weekday(t.Info(i)!.Weekday)));
        return true;
    }

    /// <summary>"Oct. 1, 2026", "October 1st", "Dec. 4", "November 2025", "October of 2026", "March".</summary>
    private bool TryMonthFirst(int i, out Hit hit)
    {
        hit = default;
        if (!t.Has(i, WordClass.Month) || !t[i].Has(TokenFlags.Capitalised))
            return false;
        var month = t.Info(i)!.Month;
        var full = t.Span(i).Length >= 3 && IsFullMonth(i);
        var j = i + 1;
        if (t.IsPunct(j, '.') && t[j].Attached)
            j++;
        var day = t.Integer(j);
        if (day is >= 1 and <= 31 && t.Digits(j) <= 2 && !t.IsPunct(j + 1, ':') && !t.IsPunct(j + 1, '%'))
        {
            var last = j;
            if (IsOrdinalSuffix(j + 1))
                last = j + 1;
            var k = last + 1;
            if (t.IsPunct(k, ','))
                k++;
            var year = YearAt(k, 1000, 2999);
            if (year > 0)
            {
                if (Anchor.SafeDate(year, month, day) is not { } d)
                    return false;
                hit = Hit.Of(i, k, Period.Day(d));
                return true;
            }
            var anchor = AnchorFor(i, last);
            if (Anchor.SafeDate(anchor.YearOfDay(month, day), month, day) is not { } partial)
                return false;
            hit = Hit.Of(i, last, Period.Day(partial));
            return true;
        }
        var y = j;
        if (t.IsPunct(y, ',') || t.Is(y, "of"))
            y++;
        var monthYear = YearSpanAt(y, out var yearEnd, 1000, 2999);
        if (monthYear > 0)
        {
            hit = Hit.Of(i, yearEnd, Period.Month(monthYear, month));
            return true;
        }
        // "June last year", "April next year": the month of the year named after it.
        if (t.IsAny(y, "this", "last", "next") && t.Is(y + 1, "year"))
        {
            hit = Hit.Of(i, y + 1, Period.Month(today.Year + t.Info(y)!.Shift, month));
            return true;
        }
        // A month alone: abbreviations need their point; "May" and "March" need a date-like word before them.
        if (!full || (t.IsAny(i, "may", "march") && !AfterDatePreposition(i)))
            return false;
        hit = Hit.Of(i, i, Period.Month(AnchorFor(i, i).YearOfMonth(month), month));
        return true;
    }

    private bool IsFullMonth(int i) => t.Span(i).Length >= 5 || t.IsAny(i, "june", "july", "may");

    private bool AfterDatePreposition(int i) =>
        t.IsAny(i - 1, "in", "since", "until", "till", "by", "through", "from", "to", "of", "early", "mid", "late", "last", "next", "this",
            "before", "after", "during", "and", "or", "between") || t.IsDash(i - 1);

    /// <summary>"1 October 2026", "4th December", "the 1st of October".</summary>
    private bool TryDayFirst(int i, out Hit hit)
    {
        hit = default;
        var j = SkipThe(i);
        var day = t.Integer(j);
        if (day is < 1 or > 31 || t.Digits(j) > 2)
            return false;
        var k = j + 1;
        if (IsOrdinalSuffix(k))
            k++;
        if (t.Is(k, "of"))
            k++;
        if (!t.Has(k, WordClass.Month) || !t[k].Has(TokenFlags.Capitalised))
            return false;
        if (j > i && k == j + 1)
            return false;  // "the 4 December" is not English; "the 4th of December" is
        var month = t.Info(k)!.Month;
        var last = k;
        if (t.IsPunct(last + 1, '.') && t[last + 1].Attached && !IsFullMonth(k))
            last++;
        var y = last + 1;
        if (t.IsPunct(y, ','))
            y++;
        var year = YearAt(y, 1000, 2999);
        if (year > 0)
        {
            if (Anchor.SafeDate(year, month, day) is not { } d)
                return false;
            hit = Hit.Of(i, y, Period.Day(d));
            return true;
        }
        if (Anchor.SafeDate(AnchorFor(i, last).YearOfDay(month, day), month, day) is not { } partial)
            return false;
        hit = Hit.Of(i, last, Period.Day(partial));
        return true;
    }

    /// <summary>"the week of March 6": the calendar week holding that day.</summary>
    private bool TryWeekOf(int i, out Hit hit)
    {
        hit = default;
        if (!t.Is(i, "the") || !t.Is(i + 1, "week") || !t.Is(i + 2, "of")
            || !(TryMonthFirst(i + 3, out var day) || TryDayFirst(i + 3, out day)) || day.Granularity != Granularity.Day || day.Period is not { } p)
            return false;
        hit = Hit.Of(i, day.Last, Period.Week(p.Start));
        return true;
    }

    /// <summary>"Q3", "Q1 2026", "H1", "the third quarter", "third-quarter", "the fourth quarter of 2025", "the second half of next year" (via TryModified).</summary>
    private bool TryQuarter(int i, out Hit hit)
    {
        hit = default;
        int quarter, last;
        var half = false;
        if ((t.Span(i) is "Q" or "H") && t.IsNumber(i + 1) && t[i + 1].Attached)
        {
            half = t.Span(i) is "H";
            quarter = t.Integer(i + 1);
            if (quarter < 1 || quarter > (half ? 2 : 4))
                return false;
            last = i + 1;
        }
        else
        {
            var j = SkipThe(i);
            if (t.Is(j, "fiscal"))
                j++;
            var before = YearAt(j);
            if (before > 0)
                j++;
            if (j > i && t.IsAny(j, "quarter") && !t.Span(j).EndsWith("s") && j == SkipThe(i) + (before > 0 ? 1 : 0) && t.Is(i, "the"))
            {
                // "the quarter", "the 1988 quarter": the quarter the report is about.
                var y0 = before > 0 ? before : today.Year;
                // In a past-tense sentence "the quarter" is the one just reported, not the one under way.
                var index = y0 * 4 + (today.Month - 1) / 3 - (before < 0 && AnchorFor(i, j).Direction < 0 ? 1 : 0);
                hit = before > 0 ? Hit.Of(i, j, Period.Year(before)) : Hit.Of(i, j, Period.Quarter(index / 4, index % 4 + 1));
                return true;
            }
            if (!t.Has(j, WordClass.Ordinal))
                return false;
            quarter = t.Info(j)!.Ordinal;
            var unit = t.IsDash(j + 1) ? j + 2 : j + 1;
            if (!t.IsAny(unit, "quarter", "half"))
                return false;
            half = t.Is(unit, "half");
            if (quarter == -1)
                quarter = half ? 2 : 4;
            if (quarter < 1 || quarter > (half ? 2 : 4))
                return false;
            last = unit;
        }
        int year;
        var y = last + 1;
        if (YearAt(SkipThe(i) + (t.Is(SkipThe(i), "fiscal") ? 1 : 0)) is var earlier and > 0 && earlier != YearAt(y))
        {
            hit = Hit.Of(i, last, half ? Period.Half(earlier, quarter) : Period.Quarter(earlier, quarter));
            return true;
        }
        if (t.Is(y, "of"))
            y++;
        if (t.Is(y, "fiscal") || t.Is(y, "FY"))
            y++;
        if (YearAt(y) is var stated and > 0)
        {
            year = stated;
            last = y;
        }
        else if (t.Is(y, "of") == false && t.Is(last + 1, "of") && TryRelative(last + 2, out var rel) && rel.Granularity == Granularity.Year)
        {
            year = rel.Start!.Value.Year;
            last = rel.Last;
        }
        else
        {
            var anchor = AnchorFor(i, last);
            year = half ? (anchor.Direction < 0 && quarter == 2 && today.Month <= 6 ? today.Year - 1 : today.Year) : anchor.YearOfQuarter(quarter);
        }
        hit = Hit.Of(i, last, half ? Period.Half(year, quarter) : Period.Quarter(year, quarter));
        return true;
    }

    /// <summary>"spring 2026", "the summer of 2025", "this fall", "in the winter".</summary>
    private bool TrySeason(int i, out Hit hit)
    {
        hit = default;
        var j = SkipThe(i);
        if (!t.Has(j, WordClass.Season))
            return false;
        var season = t.Info(j)!.Season!;
        var y = t.Is(j + 1, "of") ? j + 2 : j + 1;
        if (YearSpanAt(y, out var yearEnd) is var year and > 0)
        {
            hit = Hit.Of(i, yearEnd, Period.Season(year, season));
            return true;
        }
        // "fall" and "spring" are verbs too: alone they need "the" and a preposition before it.
        if (j == i || !t.IsAny(i - 1, "in", "into", "during", "this", "by", "until", "over", "through", "since"))
            return false;
        hit = Hit.Of(i, j, Period.Season(AnchorFor(i, j).YearOfSeason(season), season));
        return true;
    }

    /// <summary>"the holiday season", "the holidays", "the 2025 holiday season", "Christmas".</summary>
    private bool TryHoliday(int i, out Hit hit)
    {
        hit = default;
        var j = SkipThe(i);
        var year = YearAt(j);
        if (year > 0)
            j++;
        int last;
        // Without "the" or a year, "holiday season" is a modifier ("holiday season bottlenecks"), not a date.
        if (t.IsAny(j, "holiday", "christmas") && t.Is(j + 1, "season") && (j > i || year > 0 || t.Has(i - 1, WordClass.Shift)))
            last = j + 1;
        else if (j > i && t.Is(j, "holidays"))
            last = j;
        else
            return false;
        if (year < 0)
            year = today.Month >= 11 || AnchorFor(i, last).Direction >= 0 ? today.Year : today.Year - 1;
        hit = Hit.Of(i, last, Period.HolidaySeason(year));
        return true;
    }

    /// <summary>
    /// Holidays that fall on one day: "Thanksgiving", "Christmas Day", "New Year's Eve", "Labor Day 2026", "last Easter".
    /// The year comes from a stated year, else the nearest such day in the sentence's direction.
    /// </summary>
    private bool TryNamedDay(int i, out Hit hit)
    {
        hit = default;
        var j = t.Has(i, WordClass.Shift) ? i + 1 : i;
        if (j >= t.Count || !t[j].Has(TokenFlags.Capitalised))
            return false;
        Func<int, DateOnly>? dayIn = null;
        var last = j;
        var second = j + 1 < t.Count && t[j + 1].Has(TokenFlags.Capitalised) ? t.Span(j + 1) : "";
        switch (t.Span(j).ToString().ToLowerInvariant())
        {
            case "thanksgiving":
                dayIn = y => NthWeekday(y, 11, DayOfWeek.Thursday, 4);
                if (second.Equals("Day", StringComparison.Ordinal))
                    last = j + 1;
                break;
            case "christmas" when second.Equals("Day", StringComparison.Ordinal) || second.Equals("Eve", StringComparison.Ordinal):
                dayIn = second[0] == 'D' ? y => new DateOnly(y, 12, 25) : y => new DateOnly(y, 12, 24);
                last = j + 1;
                break;
            case "christmas" when j > i || t.IsAny(i - 1, "on", "at", "by", "before", "after", "since", "until", "over", "for"):
                dayIn = y => new DateOnly(y, 12, 25);
                break;
            case "halloween":
                dayIn = y => new DateOnly(y, 10, 31);
                break;
            case "easter" when !second.Equals("Island", StringComparison.Ordinal):
                dayIn = EasterSunday;
                if (second.Equals("Sunday", StringComparison.Ordinal))
                    last = j + 1;
                break;
            case "independence" or "memorial" or "labor" or "labour" when second.Equals("Day", StringComparison.Ordinal):
                dayIn = t.Span(j)[0] is 'I' ? y => new DateOnly(y, 7, 4)
                    : t.Span(j)[0] is 'M' ? y => NthWeekday(y, 5, DayOfWeek.Monday, -1)
                    : y => NthWeekday(y, 9, DayOfWeek.Monday, 1);
                last = j + 1;
                break;
            case "black" when second.Equals("Friday", StringComparison.Ordinal):
                dayIn = y => NthWeekday(y, 11, DayOfWeek.Thursday, 4).AddDays(1);
                last = j + 1;
                break;
            case "new" when second.Equals("Year", StringComparison.Ordinal) && PossessiveEnd(j + 1) is var k && k > 0
                                && (t.Is(k + 1, "day") || t.Is(k + 1, "eve")) && t[k + 1].Has(TokenFlags.Capitalised):
                dayIn = t.Is(k + 1, "day") ? y => new DateOnly(y, 1, 1) : y => new DateOnly(y, 12, 31);
                last = k + 1;
                break;
            case "valentine" when PossessiveEnd(j) is var v && v > 0 && t.Is(v + 1, "day"):
                dayIn = y => new DateOnly(y, 2, 14);
                last = v + 1;
                break;
        }
        if (dayIn is null)
            return false;
        var yearAt = t.IsPunct(last + 1, ',') ? last + 2 : last + 1;
        var year = YearAt(yearAt);
        if (year > 0)
        {
            last = yearAt;
        }
        else
        {
            var shift = j > i ? t.Info(i)!.Shift : 0;
            var thisYear = dayIn(today.Year);
            year = shift switch
            {
                < 0 => thisYear < today ? today.Year : today.Year - 1,
                > 0 => thisYear > today ? today.Year : today.Year + 1,
                _ => AnchorFor(i, last).YearOfDay(thisYear.Month, thisYear.Day),
            };
        }
        hit = Hit.Of(i, last, Period.Day(dayIn(year)));
        return true;
    }

    /// <summary>The token index of the "s" in "Year's" / "Year’s", or -1.</summary>
    private int PossessiveEnd(int j) =>
        (t.IsPunct(j + 1, '\'') || t.IsPunct(j + 1, '\u2019')) && t.Is(j + 2, "s") ? j + 2 : -1;

    /// <summary>The nth such weekday of a month (n = -1: the last).</summary>
    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        if (n < 0)
        {
            var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return end.AddDays(-(((int)end.DayOfWeek - (int)day + 7) % 7));
        }
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateOnly EasterSunday(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }

    /// <summary>"the 1990s", "the '90s", "the nineties", "the 2010s", "the 20th century".</summary>
    private bool TryDecade(int i, out Hit hit)
    {
        hit = default;
        var j = SkipThe(i);
        // "the nineties", "the Roaring Twenties": the 1900s' decades (news rarely names this century's that way).
        if (j > i && t.Span(j).EndsWith("ies"))
        {
            for (var d = 0; d < DecadeWords.Length; d++)
            {
                if (t.Is(j, DecadeWords[d]))
                {
                    hit = Hit.Of(i, j, Period.Decade(1920 + 10 * d));
                    return true;
                }
            }
        }
        if (YearAt(j, 1000, 2999) is var y and > 0 && y % 10 == 0 && t.Is(j + 1, "s") && t[j + 1].Attached)
        {
            hit = Hit.Of(i, j + 1, Period.Decade(y));
            return true;
        }
        if ((t.IsPunct(j, '\'') || t.IsPunct(j, '\u2019')) && t.Digits(j + 1) == 2 && t[j + 1].Attached && t.Integer(j + 1) % 10 == 0
            && t.Is(j + 2, "s") && t[j + 2].Attached)
        {
            var two = t.Integer(j + 1);
            hit = Hit.Of(i, j + 2, Period.Decade(two >= 30 ? 1900 + two : 2000 + two));
            return true;
        }
        var n = t.Integer(j);
        var k = j + 1;
        if (n > 0 && IsOrdinalSuffix(k))
            k++;
        else if (t.Has(j, WordClass.Ordinal) && t.Info(j)!.Ordinal > 0)
            n = t.Info(j)!.Ordinal;
        else
            return false;
        if (n is < 1 or > 30 || !t.Is(k, "century"))
            return false;
        hit = Hit.Of(i, k, Period.Century(n - 1));
        return true;
    }

    private static readonly string[] DecadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    /// <summary>"2026", "fiscal 2025", "FY2025", "2025-26"; not counts ("2,000 people") or amounts.</summary>
    private bool TryYear(int i, out Hit hit)
    {
        hit = default;
        var j = i;
        if (t.IsAny(i, "fiscal", "FY"))
            j++;
        else if (t.Is(i, "the") && t.Is(i + 1, "year"))
            j += 2;
        if (SpokenYearAt(j, out var spokenEnd) is var spoken and > 0)
        {
            hit = Hit.Of(i, spokenEnd, Period.Year(spoken));
            return true;
        }
        var byPreposition = t.IsAny(j - 1, "in", "since", "until", "till", "by", "through", "from", "of", "before", "after", "during", "year");
        var year = byPreposition ? YearAt(j, 1000, 2099) : YearAt(j);
        if (year < 0 || LooksLikeAmount(j, year, byPreposition || j > i))
            return false;
        var last = j;
        // "2025-26" and "2025/26": a fiscal or season year named by its first calendar year.
        if ((t.IsDash(j + 1) || t.IsPunct(j + 1, '/')) && t[j + 1].Attached && t.Digits(j + 2) is 2 && t[j + 2].Attached
            && t.Integer(j + 2) == (year + 1) % 100)
            last = j + 2;
        hit = Hit.Of(i, last, Period.Year(year));
        return true;
    }

    /// <summary>A four-digit number that is an amount, not a year: after a currency, before %, a scale or a unit, or a round count of things.</summary>
    private bool LooksLikeAmount(int j, int year, bool dated)
    {
        if (t.IsPunct(j - 1, '$') || t.IsPunct(j - 1, '€') || t.IsPunct(j - 1, '£') || t.IsPunct(j - 1, '#') || t.Has(j - 1, WordClass.Currency))
            return true;
        if (t.IsPunct(j + 1, '%') || t.Has(j + 1, WordClass.Scale | WordClass.Percent | WordClass.Unit | WordClass.Currency | WordClass.TimeUnit))
            return true;
        if (t.IsPunct(j + 1, ':') || (t.IsPunct(j + 1, '.') && t[j + 1].Attached && t.IsNumber(j + 2)))
            return true;
        if (dated)
            return false;
        // "2000 workers": a round number far from the publication year, counting a plural noun.
        var far = Math.Abs(year - today.Year) > 40;
        var plural = t.IsWord(j + 1) && !t[j + 1].Has(TokenFlags.Capitalised) && t.Span(j + 1).EndsWith("s") && !t.Has(j + 1, WordClass.Function);
        return plural && (far || year % 100 == 0);
    }
}
