using NewsClaims.Core.Analysis.Numbers;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Figures;

/// <summary>Reads figures token by token: a number, then what surrounds it (currency, unit, qualifier, change, counted noun).</summary>
internal sealed partial class FigureMatcher(TokenizedText t, Func<int, bool>? skip)
{
    private readonly List<Figure> _found = [];

    public List<Figure> Run()
    {
        for (var i = 0; i < t.Count;)
        {
            if (Skipped(i) || !MayStart(i))
            {
                i++;
                continue;
            }
            var next = TryVague(i) ?? TryFactor(i) ?? TryNumber(i);
            i = next ?? i + 1;
        }
        return _found;
    }

    private bool Skipped(int i) => skip is not null && skip(i);

    private bool MayStart(int i) =>
        t.IsNumber(i) || t.Has(i, WordClass.NumberWord | WordClass.VagueScale | WordClass.Scale) || t.IsAny(i, "a", "an", "several", "doubled", "tripled",
            "quadrupled", "halved", "tens", "hundreds");

    /// <summary>A number with its context; returns the token after the figure, or null when token i starts none.</summary>
    private int? TryNumber(int i)
    {
        if (ReadNumber(i) is not { } number)
            return null;
        var first = number.First;
        var last = number.Last;
        decimal? max = null;
        var qualifier = Qualifier.Exact;
        var nearly = false;

        // Ranges: "$5-6 billion", "5 to 6 percent", "between 5 and 6", "from 20 to 30 people".
        if (TryRangeEnd(number, out var upper))
        {
            // "$5-6 billion": the scale and currency written once apply to both ends.
            if (!number.Scaled && upper.Scaled && number.Value < 1000)
                number = number with { Value = number.Value * upper.Scale, Step = number.Step * upper.Scale };
            max = upper.Value;
            last = upper.Last;
            qualifier = Qualifier.Range;
        }
        var currencyBefore = CurrencyBefore(first, out var currencyFirst);
        var (unitKind, unit, unitLast, factor) = UnitAfter(last + 1);
        if (unitKind is null && currencyBefore is null && IsNotAFigure(number, last))
            return number.Last + 1;
        if (unitKind == UnitKind.Time)
            return last + 1;  // durations are the date recogniser's: "four years", "18 months"
        if (number.Fraction && unitKind is null && currencyBefore is null)
        {
            // "a third of the budget", "two thirds of voters": a share, stated as a percentage.
            var share = number.Value * 100;
            Add(first, number.Last, FigureKind.Percent, share, null, "%", Qualifier.Exact, null, share, share, null);
            return number.Last + 1;
        }
        var kind = currencyBefore is not null ? FigureKind.Money : unitKind switch
        {
            UnitKind.Money => FigureKind.Money,
            UnitKind.Percent => FigureKind.Percent,
            UnitKind.Quantity => FigureKind.Quantity,
            _ => FigureKind.Count,
        };
        if (kind == FigureKind.Money)
            unit = currencyBefore ?? unit;
        if (currencyBefore is not null && unitKind == UnitKind.Money)
            unit = currencyBefore;  // "US$5 billion dollars" is still one amount
        var value = number.Value * factor;
        var step = number.Step * factor;
        if (max is { } m)
            max = m * factor;
        var start = currencyBefore is not null ? currencyFirst : first;
        var end = unitKind is null ? last : unitLast;
        if (qualifier != Qualifier.Range)
        {
            var (q, qualifierFirst, isNearly) = QualifierBefore(start);
            if (q is not null)
            {
                qualifier = q.Value;
                nearly = isNearly;
                start = qualifierFirst;
            }
            if (TrailingQualifier(end + 1) is { } trailing)
            {
                qualifier = trailing.Qualifier;
                end = trailing.Last;
            }
        }
        else if (t.Is(first - 1, "between") || t.Is(first - 1, "from") && ChangeBefore(first - 1) is null)
        {
            start = currencyBefore is not null ? Math.Min(currencyFirst, first - 1) : first - 1;
        }
        var direction = kind == FigureKind.Count && !t.Is(start - 1, "by") ? null : ChangeBefore(start) ?? ChangeAfter(end + 1);
        string? counted = null;
        if (kind == FigureKind.Count)
        {
            (counted, _) = CountedNoun.After(t, end + 1);
            if (!Countable(number, counted, start))
                return number.Last + 1;
        }
        (decimal? low, decimal? high) = qualifier == Qualifier.Range
            ? (value, max)
            : Precision.Interval(value, step, qualifier, nearly);
        Add(start, end, kind, value, max, kind == FigureKind.Count ? null : unit, qualifier, direction, low, high, counted);
        return end + 1;
    }

    private void Add(int first, int last, FigureKind kind, decimal? value, decimal? max, string? unit, Qualifier qualifier,
        ChangeDirection? direction, decimal? low, decimal? high, string? counted, decimal? magnitude = null)
    {
        _found.Add(new Figure(t.TextOf(first, last), t[first].Start, t[last].End, kind, value, max, unit, qualifier, direction, low, high,
            counted, magnitude));
    }

    /// <summary>Reads digits ("14,000", "6.2", "1.5m", "6bn", "3 million") or number words ("fourteen thousand", "a dozen", "two thirds").</summary>
    private NumberSpan? ReadNumber(int i)
    {
        if (t.IsNumber(i))
        {
            var last = i;
            var scaled = false;
            if (t.Has(i + 1, WordClass.Scale) && (t[i + 1].Attached || t.Span(i + 1).Length >= 2 && !t.Is(i + 1, "mil")) && !Skipped(i + 1))
            {
                last = i + 1;
                scaled = true;
            }
            if (!NumberText.TryParse(t.TextOf(i, last), out var parsed))
                return null;
            var step = scaled ? parsed.Step : Precision.RoundedStep(parsed.Value, parsed.Step);
            return new NumberSpan(i, last, parsed.Value, step, false, scaled, scaled ? t.Info(i + 1)!.Scale : 1);
        }
        var j = i;
        if (t.IsAny(i, "a", "an"))
        {
            if (!t.Has(i + 1, WordClass.Scale | WordClass.Fraction) && !t.Is(i + 1, "dozen") && !t.Is(i + 1, "hundred") || t.Span(i + 1).Length < 4)
                return null;
            j = i + 1;
        }
        var end = -1;
        var anyScale = false;
        decimal scale = 1;
        for (var k = j; k < t.Count; k++)
        {
            if (t.Has(k, WordClass.NumberWord) || (t.Has(k, WordClass.Scale) && t.Span(k).Length >= 7))
            {
                anyScale |= t.Has(k, WordClass.Scale) || t.Is(k, "hundred");
                if (t.Has(k, WordClass.Scale))
                    scale = t.Info(k)!.Scale;
                end = k;
                continue;
            }
            if (t.IsDash(k) && t[k].Attached && end == k - 1 && t.Has(k + 1, WordClass.NumberWord) && t[k + 1].Attached)
                continue;
            if (t.Is(k, "and") && end == k - 1 && t.Has(k + 1, WordClass.NumberWord) && t.Is(k - 1, "hundred"))
                continue;
            if (t.Has(k, WordClass.Fraction) && (end == k - 1 || k == j))
                end = k;
            break;
        }
        if (end < 0)
            return null;
        if (!NumberText.TryParse(t.TextOf(i, end), out var words))
            return null;
        return new NumberSpan(i, end, words.Value, words.Step == 0 ? 0.01m : words.Step, true, anyScale, scale, t.Has(end, WordClass.Fraction));
    }

    /// <summary>The second number of a range: "-6 billion", " to 6", " and 6" after "between".</summary>
    private bool TryRangeEnd(NumberSpan first, out NumberSpan upper)
    {
        upper = default;
        var k = first.Last + 1;
        // "5% to 6%", "5 percent to 6 percent": the unit may be written on both ends.
        var percent = t.IsPunct(k, '%') || t.IsAny(k, "percent", "pct");
        if (percent)
            k++;
        var between = t.Is(first.First - 1, "between") || (t.IsPunct(first.First - 1, '$') && t.Is(first.First - 2, "between"));
        var from = t.Is(first.First - 1, "from") && ChangeBefore(first.First - 1) is null;
        if (t.IsDash(k) && !t.IsPunct(k, '\u2014'))
            k++;
        else if (t.Is(k, "to") && !between || t.Is(k, "and") && between)
            k++;
        else
            return false;
        // "rose 12 percent to 14 percent" is a change and its result, not a range.
        if (t.Is(k - 1, "to") && ChangeBefore(first.First) is not null)
            return false;
        // "$5-$6 billion" and "5%-6%": a symbol may repeat, but only one the first number had.
        if (t.IsPunct(k, '$') || t.IsPunct(k, '€') || t.IsPunct(k, '£'))
        {
            if (CurrencyBefore(first.First, out _) is null)
                return false;
            k++;
        }
        if (ReadNumber(k) is not { } second || second.Value < first.Value)
            return false;
        if (percent && UnitAfter(second.Last + 1).Kind != UnitKind.Percent)
            return false;
        if (t.IsDash(first.Last + 1) && !from && !between && !second.Scaled && first.Value < 100 && second.Value < 100
            && UnitAfter(second.Last + 1).Kind is null && CurrencyBefore(first.First, out _) is null
            && CountedNoun.After(t, second.Last + 1).Noun is null)
            return false;  // "a 3-2 win" is a score
        upper = second;
        return true;
    }

    /// <summary>"doubled", "tripled", "halved": a change by a factor, without a number.</summary>
    private int? TryFactor(int i)
    {
        decimal? factor = t.IsAny(i, "doubled", "doubling") ? 2 : t.IsAny(i, "tripled", "trebled") ? 3 : t.IsAny(i, "quadrupled") ? 4
            : t.IsAny(i, "halved") ? 0.5m : null;
        if (factor is not { } f)
            return null;
        Add(i, i, FigureKind.Quantity, f, null, "x", Qualifier.Exact, f > 1 ? ChangeDirection.Up : ChangeDirection.Down, f, f, null);
        return i + 1;
    }

    /// <summary>"billions of packages", "dozens of", "tens of thousands of", "hundreds of millions of dollars", "several thousand".</summary>
    private int? TryVague(int i)
    {
        var j = i;
        decimal multiplier = 1, lowFactor = 2, highFactor = 10;
        if (t.IsAny(i, "tens", "hundreds") && t.Is(i + 1, "of") && t.Has(i + 2, WordClass.VagueScale) && t.Info(i + 2)!.Scale >= 1000)
        {
            multiplier = t.Is(i, "tens") ? 10 : 100;
            j = i + 2;
        }
        decimal scale;
        int last;
        if (t.Has(j, WordClass.VagueScale) && (t.Is(j + 1, "of") || j > i || t.Is(j - 1, "by")))
        {
            scale = t.Info(j)!.Scale * multiplier;
            last = j;
            if (t.Info(j)!.Scale < 1000 && j == i)
                (lowFactor, highFactor) = t.Is(j, "dozens") ? (2m, 12m) : (2m, 10m);
        }
        else
        {
            // "several thousand", "a few hundred", "a few million".
            var s = t.Is(i, "several") ? i + 1 : t.Is(i, "a") && t.Is(i + 1, "few") ? i + 2 : -1;
            if (s < 0)
                return null;
            scale = t.Is(s, "hundred") ? 100 : t.Is(s, "dozen") ? 12 : t.Has(s, WordClass.Scale) && t.Span(s).Length >= 7 ? t.Info(s)!.Scale : 0;
            if (scale == 0)
                return null;
            last = s;
        }
        var k = last + 1;
        if (t.Is(k, "of"))
            k++;
        var kind = FigureKind.Count;
        string? unit = null;
        string? counted = null;
        var end = last;
        if (t.Has(k, WordClass.Currency) && t.Info(k)!.Currency is { } code && !t.IsAny(k, "cents", "cent", "pence"))
        {
            kind = FigureKind.Money;
            unit = code;
            end = k;
        }
        else
        {
            counted = CountedNoun.After(t, last + 1).Noun;
        }
        Add(i, end, kind, null, null, unit, Qualifier.Vague, null, scale * lowFactor, scale * highFactor, counted, scale);
        return end + 1;
    }
}
