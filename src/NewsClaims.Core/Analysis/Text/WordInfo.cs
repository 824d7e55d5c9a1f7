namespace NewsClaims.Core.Analysis.Text;

/// <summary>The word classes the recognisers ask about; a word may be in several ("second": ordinal and time unit).</summary>
[Flags]
public enum WordClass : long
{
    None = 0,
    Month = 1L << 0,
    Weekday = 1L << 1,
    NumberWord = 1L << 2,
    Scale = 1L << 3,
    Ordinal = 1L << 4,
    Fraction = 1L << 5,
    TimeUnit = 1L << 6,
    PartOfDay = 1L << 7,
    Season = 1L << 8,
    RelativeDay = 1L << 9,
    Reference = 1L << 10,
    Currency = 1L << 11,
    Unit = 1L << 12,
    Percent = 1L << 13,
    ChangeUp = 1L << 14,
    ChangeDown = 1L << 15,
    PastCue = 1L << 16,
    FutureCue = 1L << 17,
    VagueScale = 1L << 18,
    SetWord = 1L << 19,
    Function = 1L << 20,
    Shift = 1L << 21,
    Zone = 1L << 22,
    Meridiem = 1L << 23,
    ChangeNoun = 1L << 24,
    /// <summary>Words that can begin a date without being dates themselves: "early", "mid", "fiscal", "the".</summary>
    DateCue = 1L << 25,
}

/// <summary>What the lexicon knows about one word, per class.</summary>
public sealed class WordInfo
{
    public WordClass Classes { get; internal set; }
    /// <summary>Month 1-12.</summary>
    public int Month { get; internal set; }
    /// <summary>ISO weekday 1 (Monday) to 7.</summary>
    public int Weekday { get; internal set; }
    /// <summary>Cardinal value of a number word.</summary>
    public int Number { get; internal set; }
    /// <summary>Value of an ordinal word ("third" → 3).</summary>
    public int Ordinal { get; internal set; }
    public decimal Scale { get; internal set; }
    public decimal Fraction { get; internal set; }
    /// <summary>ISO 4217 code for currency words and codes.</summary>
    public string? Currency { get; internal set; }
    /// <summary>Canonical unit for unit words ("kilometres" → "km").</summary>
    public string? Unit { get; internal set; }
    public TimeUnit TimeUnit { get; internal set; }
    /// <summary>TimeML part of day: MO, AF, EV, NI, or 12:00 / 24:00 for noon and midnight.</summary>
    public string? PartOfDay { get; internal set; }
    /// <summary>TimeML season: SP, SU, FA, WI.</summary>
    public string? Season { get; internal set; }
    /// <summary>Days from today for "yesterday", "today", "tomorrow"…</summary>
    public int DayOffset { get; internal set; }
    /// <summary>PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    public string? Reference { get; internal set; }
    /// <summary>Direction of a shift word: -1 last/previous/past, 0 this/current, +1 next/coming.</summary>
    public int Shift { get; internal set; }
    /// <summary>Offset from UTC in minutes for a time-zone abbreviation.</summary>
    public int ZoneMinutes { get; internal set; }
}

/// <summary>Calendar units that durations and relative dates count in.</summary>
public enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}
