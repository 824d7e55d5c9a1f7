namespace NewsClaims.Core.Analysis.Dates;

/// <summary>A match in token positions, before it becomes a <see cref="TemporalExpression"/>.</summary>
internal readonly record struct Hit(
    int First, int Last, TemporalType Type, string Value, Granularity Granularity, string? Mod, DateOnly? Start, DateOnly? End)
{
    public static Hit Of(int first, int last, Period p, string? mod = null) =>
        new(first, last, TemporalType.Date, p.Value, p.Granularity, mod, p.Start, p.End);

    public Period? Period => Start is { } s && End is { } e && Type == TemporalType.Date ? new Period(s, e, Value, Granularity) : null;
}
