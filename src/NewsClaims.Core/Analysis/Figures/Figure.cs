namespace NewsClaims.Core.Analysis.Figures;

/// <summary>What a figure measures.</summary>
public enum FigureKind
{
    Money,
    Percent,
    Count,
    Quantity,
}

/// <summary>How the wording bounds the value: "more than" is AtLeast, "up to" AtMost, "about" Approx, "5 to 6" Range, "billions of" Vague.</summary>
public enum Qualifier
{
    Exact,
    Approx,
    AtLeast,
    AtMost,
    Range,
    Vague,
}

/// <summary>The direction of a stated change: "fell 3%" is Down, "up 5 points" Up.</summary>
public enum ChangeDirection
{
    Up,
    Down,
}

/// <summary>One figure found in a text, normalised.</summary>
/// <param name="Text">The words as written, qualifier included ("more than $6 billion").</param>
/// <param name="Start">Character offset of the first character.</param>
/// <param name="End">Character offset one past the last.</param>
/// <param name="Value">The stated value in base units (6e9 for "$6 billion", 7.5 for "7.5%"); the lower end of a range; null when vague.</param>
/// <param name="ValueMax">The upper end of a range, else null.</param>
/// <param name="Unit">ISO 4217 code for money, "%" (or "pp", "bp") for percentages, the unit for quantities, null for counts.</param>
/// <param name="Low">Lowest value the wording allows, qualifier and stated precision applied; null when unbounded.</param>
/// <param name="High">Highest value the wording allows; null when unbounded ("more than").</param>
/// <param name="Counted">For counts, what is counted ("layoffs" in "14,000 layoffs").</param>
/// <param name="Magnitude">For vague figures, the order of magnitude ("billions of" → 1e9).</param>
public sealed record Figure(
    string Text, int Start, int End, FigureKind Kind, decimal? Value, decimal? ValueMax, string? Unit, Qualifier Qualifier,
    ChangeDirection? Direction, decimal? Low, decimal? High, string? Counted, decimal? Magnitude = null);
