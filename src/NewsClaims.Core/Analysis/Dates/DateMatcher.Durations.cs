using System.Globalization;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Dates;

internal sealed partial class DateMatcher
{
    /// <summary>"four years", "a year of talks", "four-year extension", "nearly two years", "the past five years", "18 months", "recent weeks".</summary>
    private bool TryDuration(int i, out Hit hit)
    {
        hit = default;
        var (mod, j) = DurationQualifier(i);
        var start = i;
        if (t.Is(j, "the") && (t.Has(j + 1, WordClass.Shift) || t.IsAny(j + 1, "first") || t.IsNumber(j + 1) || t.Has(j + 1, WordClass.NumberWord)))
            j++;
        // "recent years", "recent weeks": an unstated number of them up to now (TimeML's PXY, PXW).
        if (t.Is(j, "recent") && t.Has(j + 1, WordClass.TimeUnit) && t.Span(j + 1).EndsWith("s"))
        {
            hit = new Hit(j, j + 1, TemporalType.Duration, DurationValue(null, t.Info(j + 1)!.TimeUnit), Granularity.Unknown, null, null, null);
            return true;
        }
        // "the weeks ahead", "the months ahead": an unstated number of them from now.
        if (t.Is(j, "the") && t.Has(j + 1, WordClass.TimeUnit) && t.Span(j + 1).EndsWith("s") && t.Is(j + 2, "ahead"))
        {
            hit = new Hit(j, j + 2, TemporalType.Duration, DurationValue(null, t.Info(j + 1)!.TimeUnit), Granularity.Unknown, mod, null, null);
            return true;
        }
        var span = t.Has(j, WordClass.Shift) || t.Is(j, "first");
        if (span)
            j++;
        if (TryCount(j, out var count, out var unitAt) && t.Has(unitAt, WordClass.TimeUnit))
        {
            var unit = t.Info(unitAt)!.TimeUnit;
            if (unit == TimeUnit.Weekend)
                return false;
            // A unit written as a bare letter ("3d", "5h") counts only in "ago" forms, handled before.
            if (t.Span(unitAt).Length == 1)
                return false;
            // "the 1988 second quarter" is not 1,988 seconds; "a 6-year-old" is an age, not a span of time.
            if (count >= 1000 && t.Digits(j) == 4 && unit is not (TimeUnit.Second or TimeUnit.Minute or TimeUnit.Day or TimeUnit.Hour))
                return false;
            if (count >= 1000 && t.Digits(j) == 4 && t.IsAny(unitAt, "second", "quarter"))
                return false;
            if (t.IsDash(unitAt + 1) && t.Is(unitAt + 2, "old") || t.Is(unitAt + 1, "old"))
                return false;
            // "three-quarters of its food", "a quarter of the market": a fraction, unless of a time ("a quarter of an hour").
            if (unit == TimeUnit.Quarter && count is not null && t.Is(unitAt + 1, "of") && YearAt(unitAt + 2) < 0
                && !t.Has(t.IsAny(unitAt + 2, "a", "an", "the") ? unitAt + 3 : unitAt + 2, WordClass.TimeUnit))
                return false;
            var last = unitAt;
            if (count == 1 && t.Is(last + 1, "and") && t.Is(last + 2, "a") && t.Is(last + 3, "half"))
            {
                count = 1.5m;
                last += 3;
            }
            hit = new Hit(start, last, TemporalType.Duration, count is { } n ? DurationValue(n, unit) : DurationValue(null, unit),
                Granularity.Unknown, mod, null, null);
            return true;
        }
        // "years", "the coming months": plural units without a count.
        if (t.Has(j, WordClass.TimeUnit) && t.Span(j).EndsWith("s") && t.Span(j).Length > 3
            && (span || t.IsAny(j - 1, "for", "over", "in", "within", "recent")))
        {
            var first = t.IsAny(j - 1, "recent") ? j - 1 : start;
            hit = new Hit(first, j, TemporalType.Duration, DurationValue(null, t.Info(j)!.TimeUnit), Granularity.Unknown, mod, null, null);
            return true;
        }
        return false;
    }

    private (string? Mod, int Next) DurationQualifier(int i)
    {
        if (t.IsAny(i, "about", "around", "roughly", "approximately", "nearly", "almost", "some"))
            return ("APPROX", i + 1);
        if (t.Is(i, "more") && t.Is(i + 1, "than") || t.Is(i, "at") && t.Is(i + 1, "least"))
            return (t.Is(i, "more") ? "MORE_THAN" : "EQUAL_OR_MORE", i + 2);
        if (t.IsAny(i, "less", "fewer") && t.Is(i + 1, "than"))
            return ("LESS_THAN", i + 2);
        if (t.Is(i, "over") && (t.IsNumber(i + 1) || t.Has(i + 1, WordClass.NumberWord) || t.IsAny(i + 1, "a", "an")) && !t.Is(i - 1, "from"))
            return ("MORE_THAN", i + 1);
        if (t.Is(i, "up") && t.Is(i + 1, "to"))
            return ("EQUAL_OR_LESS", i + 2);
        return (null, i);
    }

    /// <summary>Reads a count before a unit: "18", "four", "twenty-five", "a", "half a", "a couple of", "several", "a few".</summary>
    /// <param name="count">The number, or null for a vague count ("several", "a few", "years" alone).</param>
    /// <param name="unitAt">Index of the token after the count (a dash between is skipped: "four-year").</param>
    private bool TryCount(int i, out decimal? count, out int unitAt)
    {
        count = null;
        unitAt = -1;
        var j = i;
        if (t.IsNumber(i))
        {
            if (t.IsPunct(i - 1, '$') || t.IsPunct(i - 1, '.') && t[i].Attached)
                return false;
            count = t.Number(i);
            j = i + 1;
        }
        else if (WordsBelowHundred(i, out var end) is var n and > 0)
        {
            j = end + 1;
            if (t.Is(j, "hundred"))
            {
                n *= 100;
                j++;
            }
            count = n;
        }
        else if (t.Is(i, "couple") && t.Is(i + 1, "of"))
        {
            (count, j) = (2, i + 2);
        }
        else if (t.IsAny(i, "a", "an"))
        {
            if (t.Is(i + 1, "couple") && t.Is(i + 2, "of"))
                (count, j) = (2, i + 3);
            else if (t.Is(i + 1, "few"))
                (count, j) = (null, i + 2);
            else if (t.Is(i + 1, "dozen"))
                (count, j) = (12, i + 2);
            else
                (count, j) = (1, i + 1);
        }
        else if (t.Is(i, "half") && t.IsAny(i + 1, "a", "an"))
        {
            (count, j) = (0.5m, i + 2);
        }
        else if (t.IsAny(i, "several", "few", "many", "some"))
        {
            (count, j) = (null, i + 1);
        }
        else
        {
            return false;
        }
        if (t.IsDash(j) && t[j].Attached && t.Has(j + 1, WordClass.TimeUnit) && t[j + 1].Attached)
            j++;
        // "two more weeks", "an additional year", "eight trading days": the count still measures the unit.
        if (t.IsAny(j, "more", "additional", "extra", "further") && t.Has(j + 1, WordClass.TimeUnit))
            j++;
        if (t.IsAny(j, "trading", "business", "working") && t.IsAny(j + 1, "day", "days"))
            j++;
        unitAt = j;
        return true;
    }

    /// <summary>TimeML duration: P4Y, P18M, P2W, P3D, PT4H, PT30M, P1DE; X for a vague count (PXY).</summary>
    private static string DurationValue(decimal? count, TimeUnit unit)
    {
        if (count is { } n && n != decimal.Truncate(n))
        {
            // Fractions read better in the next unit down: half a year is P6M, an hour and a half PT90M.
            (decimal factor, TimeUnit smaller) = unit switch
            {
                TimeUnit.Year => (12m, TimeUnit.Month),
                TimeUnit.Month => (30m, TimeUnit.Day),
                TimeUnit.Week => (7m, TimeUnit.Day),
                TimeUnit.Day => (24m, TimeUnit.Hour),
                TimeUnit.Hour => (60m, TimeUnit.Minute),
                TimeUnit.Minute => (60m, TimeUnit.Second),
                _ => (1m, unit),
            };
            if (factor > 1 && n * factor == decimal.Truncate(n * factor))
                return DurationValue(n * factor, smaller);
        }
        var number = count is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            TimeUnit.Second => $"PT{number}S",
            TimeUnit.Minute => $"PT{number}M",
            TimeUnit.Hour => $"PT{number}H",
            TimeUnit.Day => $"P{number}D",
            TimeUnit.Week or TimeUnit.Weekend => $"P{number}W",
            TimeUnit.Month => $"P{number}M",
            TimeUnit.Quarter => $"P{number}Q",
            TimeUnit.Half => count is { } h ? $"P{h * 6:0.##}M" : "PXM",
            TimeUnit.Year => $"P{number}Y",
            TimeUnit.Decade => count is { } de ? $"P{de * 10:0.##}Y" : "PXDE",
            TimeUnit.Century => count is { } ce ? $"P{ce * 100:0.##}Y" : "PXCE",
            _ => $"P{number}",
        };
    }

    /// <summary>"every year", "each Thursday", "daily", "annually", "twice a year", "$5 million a year".</summary>
    private bool TrySet(int i, out Hit hit)
    {
        hit = default;
        if (t.Has(i, WordClass.SetWord) && !IsNewspaper(i))
        {
            hit = new Hit(i, i, TemporalType.Set, t.Info(i)!.Reference!, Granularity.Unknown, null, null, null);
            return true;
        }
        // "Tuesday nights", "Sunday mornings": that part of every such day.
        if (t.Has(i, WordClass.Weekday) && t[i].Has(TokenFlags.Capitalised) && t.Span(i).Length >= 6 && t.Has(i + 1, WordClass.PartOfDay)
            && t.Span(i + 1).EndsWith("s") && t.Info(i + 1)!.PartOfDay is { Length: 2 } part)
        {
            hit = new Hit(i, i + 1, TemporalType.Set, $"XXXX-WXX-{t.Info(i)!.Weekday}T{part}", Granularity.Unknown, null, null, null);
            return true;
        }
        if (t.IsAny(i, "every", "each"))
        {
            var j = t.Is(i + 1, "other") ? i + 2 : i + 1;
            var every = j == i + 2 ? 2 : 1;
            if (t.Has(j, WordClass.TimeUnit) && !t.Span(j).EndsWith("s"))
            {
                hit = new Hit(i, j, TemporalType.Set, DurationValue(every, t.Info(j)!.TimeUnit), Granularity.Unknown, null, null, null);
                return true;
            }
            if (t.Has(j, WordClass.Weekday) && t[j].Has(TokenFlags.Capitalised))
            {
                hit = new Hit(i, j, TemporalType.Set, $"XXXX-WXX-{t.Info(j)!.Weekday}", Granularity.Unknown, null, null, null);
                return true;
            }
            if (t.Has(j, WordClass.Month) && t[j].Has(TokenFlags.Capitalised) && IsFullMonth(j))
            {
                hit = new Hit(i, j, TemporalType.Set, $"XXXX-{t.Info(j)!.Month:D2}", Granularity.Unknown, null, null, null);
                return true;
            }
            return false;
        }
        if (t.IsAny(i, "a", "an", "per") && t.Has(i + 1, WordClass.TimeUnit) && !t.Span(i + 1).EndsWith("s") && RateBefore(i - 1)
            && !t.IsAny(i + 2, "ago", "earlier", "later", "before", "after"))
        {
            hit = new Hit(i, i + 1, TemporalType.Set, DurationValue(1, t.Info(i + 1)!.TimeUnit), Granularity.Unknown, null, null, null);
            return true;
        }
        return false;
    }

    /// <summary>"the Communist Party daily Granma", "the business weekly Barron's": the word names a paper, not a frequency.</summary>
    private bool IsNewspaper(int i)
    {
        if (i == 0 || i + 1 >= t.Count || !t[i + 1].Has(TokenFlags.Capitalised))
            return false;
        return t.IsAny(i - 1, "the", "a", "business", "financial", "national", "local", "evening", "morning")
               || t.IsWord(i - 1) && t[i - 1].Has(TokenFlags.Capitalised);
    }

    /// <summary>Whether the words before "a year" make it a rate: a number, an amount, "twice", "times".</summary>
    private bool RateBefore(int i) =>
        t.IsNumber(i) || t.Has(i, WordClass.Scale | WordClass.Currency | WordClass.NumberWord)
        || t.IsAny(i, "once", "twice", "thrice", "times", "percent") || t.IsPunct(i, '%');
}
