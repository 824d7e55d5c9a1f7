namespace NewsClaims.Core.Analysis.Figures;

/// <summary>The interval a stated number allows, from its precision and its qualifier.</summary>
/// <remarks>
/// "$6 billion" is stated to the billion, so it allows 5.5 to 6.5 billion; "$6.0 billion" allows 5.95 to 6.05.
/// "About" widens to the number's roundness: "about 7.5%" allows 7.25 to 7.75, since 7.5 is a multiple of 0.5;
/// the widening is capped at a tenth of the value ("about 5,000" is 4,500 to 5,500).
/// </remarks>
public static class Precision
{
    /// <summary>The step a number's trailing zeros suggest: "14,000" was likely rounded to the thousand.</summary>
    public static decimal RoundedStep(decimal value, decimal step)
    {
        if (step != 1 || value < 1000 || value != decimal.Truncate(value))
            return step;
        var s = 1m;
        while (value % (s * 10) == 0)
            s *= 10;
        return s;
    }

    /// <summary>The largest 1 or 5 times a power of ten that divides the value (0.5 for 7.5, 1e9 for 6e9).</summary>
    public static decimal Roundness(decimal value, decimal step)
    {
        if (value == 0 || step <= 0)
            return step;
        var r = step;
        for (var i = 0; i < 30; i++)
        {
            if (value % (r * 10) == 0)
                r *= 10;
            else if (value % (r * 5) == 0)
                return r * 5;
            else
                return r;
        }
        return r;
    }

    public static (decimal? Low, decimal? High) Interval(decimal value, decimal step, Qualifier qualifier, bool nearly = false)
    {
        var half = step / 2;
        switch (qualifier)
        {
            case Qualifier.AtLeast:
                return (value, null);
            case Qualifier.AtMost:
                return (null, value);
            case Qualifier.Approx:
                // Half the number's roundness, but never more than a tenth of it, nor less than its stated precision.
                var width = Math.Max(half, Math.Min(Roundness(value, step) / 2, Math.Abs(value) / 10));
                return nearly ? (value - width, value) : (value - width, value + width);
            default:
                // A whole count ("82 people") is exact; anything rounded allows half a step either side.
                if (step <= 1 && value == decimal.Truncate(value) && step == 1)
                    return (value, value);
                return (value - half, value + half);
        }
    }
}
