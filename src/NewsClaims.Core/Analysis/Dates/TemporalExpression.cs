namespace NewsClaims.Core.Analysis.Dates;

/// <summary>TimeML's four kinds of temporal expression.</summary>
public enum TemporalType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>The unit a value is stated in: "Nov. 14" is a day, "November 2025" a month, "early 2026" part of a year.</summary>
public enum Granularity
{
    Unknown,
    Time,
    PartOfDay,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Reference,
}

/// <summary>One temporal expression found in a text, resolved against the publication date.</summary>
/// <param name="Text">The words as written.</param>
/// <param name="Start">Character offset of the first character.</param>
/// <param name="End">Character offset one past the last character.</param>
/// <param name="Value">TimeML value: 2025-12-04, 2025-11, 2026-Q1, 2026-W48, 2026, 202 (the 2020s), P4Y, PRESENT_REF, 2025-12-04T15:00.</param>
/// <param name="Mod">TimeML modifier: START, MID, END for "early", "mid-", "late"; APPROX, MORE_THAN, LESS_THAN for durations; else null.</param>
/// <param name="StartDate">First day of the interval the expression names (null for durations, sets and unanchored references).</param>
/// <param name="EndDate">Last day of that interval.</param>
public sealed record TemporalExpression(
    string Text, int Start, int End, TemporalType Type, string Value, Granularity Granularity, string? Mod,
    DateOnly? StartDate, DateOnly? EndDate);
