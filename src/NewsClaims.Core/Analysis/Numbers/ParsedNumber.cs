namespace NewsClaims.Core.Analysis.Numbers;

/// <summary>A number read from text, with the precision its wording states ("6 billion" is ±0.5 billion, "6.0 billion" ±0.05).</summary>
/// <param name="Value">The value with any scale word applied.</param>
/// <param name="Step">The size of one unit in the last stated place: 1e9 for "6 billion", 1e8 for "6.2 billion", 1 for "14,000".</param>
public readonly record struct ParsedNumber(decimal Value, decimal Step)
{
    /// <summary>The interval the wording allows: half a step either side.</summary>
    public (decimal Low, decimal High) Interval => (Value - Step / 2, Value + Step / 2);
}
