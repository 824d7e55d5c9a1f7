namespace NewsClaims.Core.Analysis.Figures;

/// <summary>A number read from tokens: where it lies, its value and the step its wording states.</summary>
/// <param name="Scale">The multiplier a scale word applied (1e9 for "6bn"), 1 without one.</param>
internal readonly record struct NumberSpan(int First, int Last, decimal Value, decimal Step, bool Words, bool Scaled, decimal Scale = 1, bool Fraction = false);
