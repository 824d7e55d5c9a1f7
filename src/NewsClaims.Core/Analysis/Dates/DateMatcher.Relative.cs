using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Dates;

internal sealed partial class DateMatcher
{
    /// <summary>Dates named from the publication date: "yesterday", "last week", "next month", "this year", "two days ago", "1d ago", "now".</summary>
    private bool TryRelative(int i, out Hit hit) =>
        TryDayWord(i, out hit) || TryReference(i, out hit) || TryYearAgoPeriod(i, out hit) || TryShifted(i, out hit) || TryAgo(i, out hit)
        || TryReportingYear(i, out hit) || TryTheWeekend(i, out hit) || TryLatestPeriod(i, out hit) || TryYearEnd(i, out hit)
        || TryThatYear(i, out hit);

    /// <summary>"by year-end", "since year end", "by year's end": the end of the year under way, or of the last one in the past tense.</summary>
    private bool TryYearEnd(int i, out Hit hit)
    {
        hit = default;
        if (!t.Is(i, "year") || !t.IsAny(i - 1, "by", "at", "since", "before", "until", "till", "around", "after", "near", "through", "from"))
            return false;
        var end = t.Is(i + 1, "end") ? i + 1
            : t.IsDash(i + 1) && t.Is(i + 2, "end") ? i + 2
            : PossessiveEnd(i) is var s and > 0 && t.Is(s + 1, "end") ? s + 1 : -1;
        if (end < 0)
            return false;
        // "by year-end" looks ahead and "since year-end" back, whatever the verb; otherwise the tense decides.
        var back = t.Is(i - 1, "since") || !t.IsAny(i - 1, "by", "before", "until", "till") && Direction(i, end) < 0;
        var year = back && today.Month < 12 ? today.Year - 1 : today.Year;
        var (part, tag) = Period.Year(year).PartOf("END", true);
        hit = Hit.Of(i, end, part, tag);
        return true;
    }

    /// <summary>"that year", "later that year", "earlier that year": the year of the date the text last named.</summary>
    private bool TryThatYear(int i, out Hit hit)
    {
        hit = default;
        var j = t.IsAny(i, "later", "earlier") ? i + 1 : i;
        if (!t.Is(j, "that") || !t.Is(j + 1, "year") || _lastYear <= 0)
            return false;
        hit = Hit.Of(i, j + 1, Period.Year(_lastYear));
        return true;
    }

    /// <summary>Results language: "the latest period" is the quarter being reported, else the last one completed.</summary>
    private bool TryLatestPeriod(int i, out Hit hit)
    {
        hit = default;
        if (!t.Is(i, "the") || !t.Is(i + 1, "latest") || !t.Is(i + 2, "period"))
            return false;
        hit = Hit.Of(i, i + 2, TopicNear(i) ?? QuarterFrom(-1));
        return true;
    }

    /// <summary>"over the weekend", "by the weekend": the weekend nearest publication in the sentence's direction.</summary>
    private bool TryTheWeekend(int i, out Hit hit)
    {
        hit = default;
        if (!t.Is(i, "the") || !t.Is(i + 1, "weekend") || t.IsDash(i + 2))
            return false;
        var thisWeek = Period.Weekend(today);
        var direction = Direction(i, i + 1);
        var weekend = direction switch
        {
            < 0 when today < thisWeek.Start => Period.Weekend(today.AddDays(-7)),
            > 0 when today == thisWeek.End => Period.Weekend(today.AddDays(7)),
            _ => thisWeek,
        };
        hit = Hit.Of(i, i + 1, weekend);
        return true;
    }

    /// <summary>
    /// Results language: "the year ended March 31" is a year's span (its end date is read on its own); "for the year" and
    /// "a high of the year" mean the year under way.
    /// </summary>
    private bool TryReportingYear(int i, out Hit hit)
    {
        hit = default;
        if (!t.Is(i, "the"))
            return false;
        var j = t.IsAny(i + 1, "fiscal", "full") ? i + 2 : i + 1;
        if (!t.Is(j, "year") || t.IsDash(j + 1) || YearSpanAt(j + 1, out _, 1000, 2999) > 0)
            return false;
        if (t.IsAny(j + 1, "ended", "ending"))
        {
            hit = new Hit(i, j, TemporalType.Duration, "P1Y", Granularity.Unknown, null, null, null);
            return true;
        }
        if (!t.IsAny(i - 1, "for", "of") || t.IsAny(j + 1, "ago", "earlier", "before", "after", "later", "to"))
            return false;
        hit = Hit.Of(i, j, Period.Year(today.Year));
        return true;
    }

    /// <summary>"today", "yesterday", "tomorrow", "tonight" (and "yesterday afternoon" through <see cref="WithTimeOfDay"/>).</summary>
    private bool TryDayWord(int i, out Hit hit)
    {
        hit = default;
        if (!t.Has(i, WordClass.RelativeDay))
            return false;
        var day = today.AddDays(t.Info(i)!.DayOffset);
        if (t.Is(i, "tonight"))
        {
            hit = TimeOn(i, i, day, "NI");
            return true;
        }
        hit = WithTimeOfDay(Hit.Of(i, i, Period.Day(day)));
        return true;
    }

    /// <summary>"now", "currently", "recently", "the past", "the future": references without a calendar value.</summary>
    private bool TryReference(int i, out Hit hit)
    {
        hit = default;
        var j = SkipThe(i);
        if (j > i && t.IsAny(j, "near", "distant", "foreseeable") && t.Is(j + 1, "future"))
            j++;
        if (j > i && t.Is(j, "past") && !t.Has(j + 1, WordClass.TimeUnit | WordClass.NumberWord | WordClass.Season | WordClass.Weekday | WordClass.Month)
            && !t.IsNumber(j + 1) && !t.IsAny(j + 1, "few", "several", "couple"))
        {
            hit = new Hit(i, j, TemporalType.Date, "PAST_REF", Granularity.Reference, null, null, null);
            return true;
        }
        if (!t.Has(j, WordClass.Reference))
            return false;
        var value = t.Info(j)!.Reference!;
        // "future" and "past" name a time only as "the future" / "the past"; "future plans" is an adjective.
        if (t.Is(j, "future") && (j == i || t.Is(j + 1, "of")))
            return false;
        if (value == "PRESENT_REF")
        {
            // "now" in "now-defunct" or "right now" is still the present; "know" never gets here.
            hit = new Hit(i, j, TemporalType.Date, value, Granularity.Reference, null, today, today);
            return true;
        }
        hit = new Hit(i, j, TemporalType.Date, value, Granularity.Reference, null, null, null);
        return true;
    }

    /// <summary>"last week", "this year", "next month", "the current quarter", "last Friday", "next March", "this summer", "earlier this week".</summary>
    private bool TryShifted(int i, out Hit hit)
    {
        hit = default;
        var j = i;
        if (t.IsAny(j, "earlier", "later"))
        {
            if (!t.Is(j + 1, "this"))
                return false;
            j++;
        }
        var the = t.Is(j, "the");
        if (the)
            j++;
        // "this past spring", "this coming weekend": the second word sets the direction.
        if (t.Is(j, "this") && t.IsAny(j + 1, "past", "coming"))
            j++;
        if (!t.Has(j, WordClass.Shift))
            return false;
        var shift = t.Info(j)!.Shift;
        var word = j;
        var unit = j + 1;
        // "this fiscal year", "the latest fiscal year": the year the company reports on.
        if (t.Is(unit, "fiscal") && t.Is(unit + 1, "year"))
            unit++;
        if (t.Has(unit, WordClass.TimeUnit))
        {
            var u = t.Info(unit)!.TimeUnit;
            if (t.Span(unit).EndsWith("s") && u != TimeUnit.Hour)
                return false;  // "the last five years" and "recent weeks" are durations
            // "the past year" and "the last week" are spans of time up to now, as TimeML reads them.
            if (the && t.IsAny(word, "past", "last", "recent") && u is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Decade)
            {
                hit = new Hit(i, unit, TemporalType.Duration, DurationValue(1, u), Granularity.Unknown, null, null, null);
                return true;
            }
            if (ShiftedUnit(u, shift) is not { } period)
                return false;
            hit = Hit.Of(i, unit, period);
            // "this year's third quarter", "next year's first half": the quarter or half of that year.
            if (u == TimeUnit.Year && PossessiveEnd(unit) is var s and > 0 && TryQuarter(s + 1, out var ofYear) && ofYear.Period is { } named
                && named.Granularity is Granularity.Quarter or Granularity.Half)
            {
                var year = period.Start.Year;
                hit = Hit.Of(i, ofYear.Last, named.Granularity == Granularity.Quarter
                    ? Period.Quarter(year, (named.Start.Month - 1) / 3 + 1)
                    : Period.Half(year, (named.Start.Month - 1) / 6 + 1));
            }
            return true;
        }
        if (t.Has(unit, WordClass.PartOfDay) && t.Info(unit)!.PartOfDay is { Length: 2 } part && shift <= 0)
        {
            // "this morning", "last night".
            var day = shift < 0 ? today.AddDays(-1) : today;
            hit = TimeOn(i, unit, day, part);
            return true;
        }
        if (t.Has(unit, WordClass.Weekday) && t.Span(unit).Length >= 6)
        {
            var anchor = new Anchor(today, shift == 0 ? 0 : shift);
            var day = anchor.Weekday(t.Info(unit)!.Weekday);
            if (shift != 0 && day == today)
                day = today.AddDays(7 * shift);
            hit = WithTimeOfDay(Hit.Of(i, unit, Period.Day(day)));
            return true;
        }
        if (t.Has(unit, WordClass.Month) && IsFullMonth(unit) && t[unit].Has(TokenFlags.Capitalised))
        {
            var month = t.Info(unit)!.Month;
            var year = shift switch
            {
                < 0 => month < today.Month ? today.Year : today.Year - 1,
                > 0 => month > today.Month ? today.Year : today.Year + 1,
                _ => today.Year,
            };
            hit = Hit.Of(i, unit, Period.Month(year, month));
            return true;
        }
        if (t.Has(unit, WordClass.Season))
        {
            var season = t.Info(unit)!.Season!;
            // "last fall" is the latest fall already over, "next spring" the first not yet begun.
            var year = shift switch
            {
                < 0 => Enumerable.Range(today.Year - 2, 3).Last(y => Period.Season(y, season).End < today),
                > 0 => Enumerable.Range(today.Year, 3).First(y => Period.Season(y, season).Start > today),
                _ => new Anchor(today, 0).YearOfSeason(season),
            };
            hit = Hit.Of(i, unit, Period.Season(year, season));
            return true;
        }
        return false;
    }

    private Period? ShiftedUnit(TimeUnit unit, int shift) => unit switch
    {
        TimeUnit.Day => Period.Day(today.AddDays(shift)),
        TimeUnit.Week => Period.Week(today.AddDays(7 * shift)),
        TimeUnit.Weekend => Period.Weekend(today.AddDays(7 * shift)),
        TimeUnit.Month => Period.Month(today.AddMonths(shift).Year, today.AddMonths(shift).Month),
        TimeUnit.Quarter => QuarterFrom(shift),
        TimeUnit.Year => Period.Year(today.Year + shift),
        TimeUnit.Decade => Period.Decade((today.Year / 10 + shift) * 10),
        TimeUnit.Century => Period.Century(today.Year / 100 + shift),
        _ => null,
    };

    private Period QuarterFrom(int shift)
    {
        var index = today.Year * 4 + (today.Month - 1) / 3 + shift;
        return Period.Quarter(index / 4, index % 4 + 1);
    }

    /// <summary>"the year-earlier quarter", "the year-ago period", "year-earlier" (results), "the year-earlier third quarter":
    /// the period being reported, a year before; without a named quarter, the year before publication.</summary>
    private bool TryYearAgoPeriod(int i, out Hit hit)
    {
        hit = default;
        var j = SkipThe(i);
        if (!t.Is(j, "year") || !t.IsDash(j + 1) || !t.IsAny(j + 2, "earlier", "ago"))
            return false;
        var last = j + 2;
        var quarter = 0;
        if (t.Has(last + 1, WordClass.Ordinal) && t.Is(last + 2, "quarter") && t.Info(last + 1)!.Ordinal is var n and >= 1 and <= 4)
            (quarter, last) = (n, last + 2);
        else if (t.IsAny(last + 1, "quarter", "period"))
            last++;
        var topic = TopicNear(i);
        var year = (topic?.Start.Year ?? today.Year) - 1;
        if (quarter == 0 && topic is { } q)
            quarter = (q.Start.Month - 1) / 3 + 1;
        hit = Hit.Of(i, last, quarter > 0 ? Period.Quarter(year, quarter) : Period.Year(year));
        return true;
    }

    /// <summary>"two days ago", "a year ago", "1d ago", "three weeks earlier", "a year later", "two months from now".</summary>
    private bool TryAgo(int i, out Hit hit)
    {
        hit = default;
        if (!TryCount(i, out var count, out var unitAt) || !t.Has(unitAt, WordClass.TimeUnit))
            return false;
        var unit = t.Info(unitAt)!.TimeUnit;
        var after = unitAt + 1;
        int sign, last;
        if (t.IsAny(after, "ago", "earlier", "before", "previously"))
            (sign, last) = (-1, after);
        else if (t.IsAny(after, "later", "hence"))
            (sign, last) = (1, after);
        else if (t.Is(after, "from") && t.Is(after + 1, "now"))
            (sign, last) = (1, after + 1);
        else
            return false;
        if (count is not { } n)
        {
            // "years ago", "a few weeks ago": a past or future without a value.
            hit = new Hit(i, last, TemporalType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF", Granularity.Reference, null, null, null);
            return true;
        }
        var whole = (int)Math.Round(n * sign);
        Period? period = unit switch
        {
            TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => Period.Day(today),
            TimeUnit.Day => Period.Day(today.AddDays(whole)),
            TimeUnit.Week => Period.Week(today.AddDays(7 * whole)),
            TimeUnit.Month => Period.Month(today.AddMonths(whole).Year, today.AddMonths(whole).Month),
            TimeUnit.Quarter => QuarterFrom(whole),
            TimeUnit.Year => Period.Year(today.Year + whole),
            TimeUnit.Decade => Period.Year(today.Year + 10 * whole),
            _ => null,
        };
        if (period is null)
            return false;
        hit = Hit.Of(i, last, period.Value);
        return true;
    }
}
