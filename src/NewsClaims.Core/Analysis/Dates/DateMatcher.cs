using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Dates;

/// <summary>The date patterns, tried left to right at each token; the first that matches consumes its tokens.</summary>
/// <remarks>Split by family: calendar dates, relative dates, times of day, durations and sets.</remarks>
internal sealed partial class DateMatcher(TokenizedText t, DateOnly today, bool dayFirst)
{
    public List<TemporalExpression> Run(Func<int, bool>? skip)
    {
        var found = new List<TemporalExpression>();
        for (var i = 0; i < t.Count;)
        {
            if ((skip is null || !skip(i)) && MayStart(i) && TryAt(i, out var hit))
            {
                hit = Refer(hit);
                found.Add(new TemporalExpression(
                    t.TextOf(hit.First, hit.Last), t[hit.First].Start, t[hit.Last].End, hit.Type, hit.Value, hit.Granularity, hit.Mod,
                    hit.Start, hit.End));
                i = hit.Last + 1;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>The last quarter the text named, and the sentence it was named in.</summary>
    private record struct TopicQuarter(Period? Quarter, int Sentence);

    // How far (in sentences) a named quarter stays the topic that "the quarter" and "a year earlier" refer to.
    private const int TopicReach = 10;

    /// <summary>Earnings reports name a quarter, then say "the quarter" and "a year earlier" (the same quarter, a year before).</summary>
    private Hit Refer(Hit hit)
    {
        var sentence = t.SentenceOf(hit.First);
        var near = TopicNear(hit.First);
        if (IsTheQuarter(hit))
        {
            // In the past tense "the quarter" is one already over: a topic quarter still under way was only forecast.
            if (near is { } open && open.End >= today && Direction(hit.First, hit.Last) < 0)
                return Hit.Of(hit.First, hit.Last, QuarterFrom(-1));
            return near is { } same ? Hit.Of(hit.First, hit.Last, same) : hit;
        }
        if (IsYearBefore(hit))
            return near is { } p ? Hit.Of(hit.First, hit.Last, Period.Quarter(p.Start.Year - 1, (p.Start.Month - 1) / 3 + 1)) : hit;
        if (hit.Type == TemporalType.Date && hit.Period is { } dated && hit.Granularity >= Granularity.Day && hit.Granularity <= Granularity.Year)
            _lastYear = dated.Start.Year;
        // A quarter named outright becomes the topic; "the year-ago quarter" only looks back from it.
        if (hit.Granularity == Granularity.Quarter && hit.Type == TemporalType.Date && hit.Period is { } named && !LooksBack(hit))
            _topic = new TopicQuarter(named, sentence);
        return hit;
    }

    private TopicQuarter _topic;

    // The year of the last date named, for "that year".
    private int _lastYear;

    private bool LooksBack(Hit hit)
    {
        for (var i = hit.First; i <= hit.Last; i++)
        {
            if (t.IsAny(i, "ago", "earlier", "before", "previous", "prior"))
                return true;
        }
        return false;
    }

    /// <summary>The quarter the text is about at token <paramref name="i"/>, if one was named close enough before it.</summary>
    private Period? TopicNear(int i) =>
        _topic.Quarter is { } q && t.SentenceOf(i) - _topic.Sentence <= TopicReach ? q : null;

    /// <summary>"the quarter", "the latest quarter", "the fiscal quarter": no number, so the one being reported.</summary>
    private bool IsTheQuarter(Hit hit) =>
        hit.Granularity == Granularity.Quarter && t.Is(hit.First, "the") && t.Is(hit.Last, "quarter")
        && (hit.Last == hit.First + 1 || (hit.Last == hit.First + 2 && t.IsAny(hit.First + 1, "latest", "recent", "fiscal", "current")));

    /// <summary>"a year ago", "a year earlier", "one year before".</summary>
    private bool IsYearBefore(Hit hit) =>
        hit.Granularity == Granularity.Year && hit.Last == hit.First + 2 && t.IsAny(hit.First, "a", "one")
        && t.Is(hit.First + 1, "year") && t.IsAny(hit.Last, "ago", "earlier", "before");

    private bool MayStart(int i) => t.IsNumber(i) || t.Info(i) is not null || t.IsPunct(i, '\'') || t.IsPunct(i, '\u2019');

    private bool TryAt(int i, out Hit hit)
    {
        if (TryModified(i, out hit) || TryTime(i, out hit) || TrySet(i, out hit) || TryRelative(i, out hit))
            return true;
        if (TryCalendar(i, out hit))
        {
            hit = WithTimeOfDay(hit);
            return true;
        }
        return TryDuration(i, out hit);
    }

    /// <summary>"early 2026", "mid-November", "late last year", "the end of 2026", "the first half of next year".</summary>
    private bool TryModified(int i, out Hit hit)
    {
        hit = default;
        string mod;
        var narrow = false;
        var j = i;
        var k = t.Is(i, "the") ? i + 1 : i;
        if (t.Is(i, "early"))
            (mod, j) = ("START", i + 1);
        else if (t.Is(i, "late"))
            (mod, j) = ("END", i + 1);
        else if (t.Is(i, "mid"))
            (mod, j) = ("MID", t.IsDash(i + 1) ? i + 2 : i + 1);
        else if (t.IsAny(k, "end", "beginning", "start", "middle", "close", "turn") && t.Is(k + 1, "of"))
            (mod, narrow, j) = (t.IsAny(k, "middle") ? "MID" : t.IsAny(k, "end", "close") ? "END" : "START", !t.Is(k, "middle"), k + 2);
        else if (t.IsAny(k, "first", "second") && t.Is(k + 1, "half") && t.Is(k + 2, "of"))
            (mod, j) = (t.Is(k, "first") ? "FIRST_HALF" : "SECOND_HALF", k + 3);
        else
            return false;
        if (j >= t.Count)
            return false;
        if (!(TryCalendar(j, out var inner) || TryRelative(j, out inner) || TryThePeriod(j, out inner))
            || inner.Period is not { } period || inner.Granularity < Granularity.Day)
            return false;
        if (mod is "FIRST_HALF" or "SECOND_HALF" && period.Granularity == Granularity.Year)
        {
            hit = Hit.Of(i, inner.Last, Period.Half(period.Start.Year, mod == "FIRST_HALF" ? 1 : 2));
            return true;
        }
        var (part, tag) = period.PartOf(mod, narrow);
        hit = Hit.Of(i, inner.Last, part, tag);
        return true;
    }

    /// <summary>"the year", "the month", "the week" after "the end of": the one under way.</summary>
    private bool TryThePeriod(int j, out Hit hit)
    {
        hit = default;
        if (!t.Is(j, "the") || !t.Has(j + 1, WordClass.TimeUnit) || t.Span(j + 1).EndsWith("s"))
            return false;
        if (ShiftedUnit(t.Info(j + 1)!.TimeUnit, 0) is not { } period)
            return false;
        hit = Hit.Of(j, j + 1, period);
        return true;
    }

    private int Direction(int first, int last) => Tense.Around(t, first, last);

    private Anchor AnchorFor(int first, int last) => new(today, Direction(first, last));

    private int SkipThe(int i) => t.Is(i, "the") ? i + 1 : i;

    /// <summary>An ordinal suffix attached to a number: "1st", "22nd", "4th".</summary>
    private bool IsOrdinalSuffix(int i) => t.IsWord(i) && t[i].Attached && t.IsAny(i, "st", "nd", "rd", "th");

    /// <summary>The year at token <paramref name="i"/>, in digits or in words ("nineteen ninety-six"); -1 if none.</summary>
    private int YearSpanAt(int i, out int last, int min = 1900, int max = 2099)
    {
        last = i;
        var year = YearAt(i, min, max);
        return year > 0 ? year : SpokenYearAt(i, out last);
    }

    /// <summary>
    /// A year said in words, as broadcast transcripts write them: "nineteen ninety-six", "nineteen eighty", "nineteen hundred";
    /// "twenty twenty" only after a preposition or month, "two thousand (and) one" only after "the year" or a month, where
    /// a count cannot be meant.
    /// </summary>
    private int SpokenYearAt(int i, out int last)
    {
        last = i;
        if (!t.IsAny(i, "nineteen", "twenty", "two"))
            return -1;
        var month = t.Has(i - 1, WordClass.Month);
        var expected = month || t.IsAny(i - 1, "year", "in", "of", "since", "until", "till", "through", "during");
        int year;
        var j = i + 1;
        if (t.Is(i, "two") && t.Is(j, "thousand") && (month || t.Is(i - 1, "year")))
        {
            var rest = WordsBelowHundred(t.Is(j + 1, "and") ? j + 2 : j + 1, out var end);
            last = rest > 0 ? end : j;
            return 2000 + Math.Max(rest, 0);
        }
        var century = t.Is(i, "nineteen") ? 19 : t.Is(i, "twenty") && expected ? 20 : 0;
        if (century == 0)
            return -1;
        if (century == 19 && t.Is(j, "hundred"))
            year = 1900;
        else if (WordsBelowHundred(j, out var end) is var n and >= 10)
            (year, j) = (century * 100 + n, end);
        else
            return -1;
        // "nineteen twenty-seat buses": the number belongs to a compound, "nineteen ninety dollars" is money.
        if (t.IsDash(j + 1) && t[j + 1].Attached || t.Has(j + 1, WordClass.Scale | WordClass.Percent | WordClass.Unit | WordClass.Currency))
            return -1;
        // "nineteen twenty-five workers" out of the blue is more likely a garbled count than a year.
        if (!expected && t.IsWord(j + 1) && !t[j + 1].Has(TokenFlags.Capitalised) && t.Span(j + 1).EndsWith("s") && !t.Has(j + 1, WordClass.Function))
            return -1;
        last = j;
        return year;
    }

    /// <summary>A number from one to ninety-nine in words ("six", "fifteen", "ninety-six", "ninety six"), and its last token.</summary>
    private int WordsBelowHundred(int i, out int last)
    {
        last = i;
        var n = t.Has(i, WordClass.NumberWord) ? t.Info(i)!.Number : 0;
        if (n is <= 0 or >= 100)
            return -1;
        var k = t.IsDash(i + 1) && t[i + 1].Attached ? i + 2 : i + 1;
        if (n >= 20 && t.Has(k, WordClass.NumberWord) && t.Info(k)!.Number is > 0 and < 10 and var unit)
        {
            last = k;
            return n + unit;
        }
        return n;
    }

    /// <summary>A four-digit year the text plausibly means as a year.</summary>
    private int YearAt(int i, int min = 1900, int max = 2099)
    {
        if (t.Digits(i) != 4)
            return -1;
        var y = t.Integer(i);
        return y >= min && y <= max ? y : -1;
    }
}
