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
            return near is { } same ? Hit.Of(hit.First, hit.Last, same) : hit;
        if (IsYearBefore(hit))
            return near is { } p ? Hit.Of(hit.First, hit.Last, Period.Quarter(p.Start.Year - 1, (p.Start.Month - 1) / 3 + 1)) : hit;
        // A quarter named outright becomes the topic; "the year-ago quarter" only looks back from it.
        if (hit.Granularity == Granularity.Quarter && hit.Type == TemporalType.Date && hit.Period is { } named && !LooksBack(hit))
            _topic = new TopicQuarter(named, sentence);
        return hit;
    }

    private TopicQuarter _topic;

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

    /// <summary>A four-digit year the text plausibly means as a year.</summary>
    private int YearAt(int i, int min = 1900, int max = 2099)
    {
        if (t.Digits(i) != 4)
            return -1;
        var y = t.Integer(i);
        return y >= min && y <= max ? y : -1;
    }
}
