namespace NewsClaims.Core.Extraction;

/// <summary>Caps that keep one hostile or huge page from stalling the pipeline.</summary>
/// <param name="MaxChars">Decoded text beyond this is cut before parsing (real article pages are well under 2 MB).</param>
/// <param name="MaxDepth">Nesting beyond this is cut before parsing: the HTML tree builder is quadratic in depth.</param>
/// <param name="ParseTime">The parser is stopped after this long (and tried once more) and the page reported as not read.</param>
public sealed record ExtractionLimits(int MaxChars, int MaxDepth, TimeSpan ParseTime)
{
    public static ExtractionLimits Default { get; } = new(4_000_000, 1500, TimeSpan.FromSeconds(2));
}
