namespace NewsClaims.Core.Analysis.Text;

/// <summary>What a token is made of: letters, digits (with their separators and decimals), or one other character.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>Facts about a token's surroundings and case that recognisers test constantly.</summary>
[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>Whitespace separates it from the token before ("6 bn", not "6bn").</summary>
    SpaceBefore = 1,
    /// <summary>A line break separates it from the token before.</summary>
    LineBefore = 2,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalised = 4,
    /// <summary>Two or more letters, all upper case.</summary>
    AllCaps = 8,
    /// <summary>Has a decimal part ("6.2").</summary>
    Decimal = 16,
    /// <summary>Has thousands separators ("14,000").</summary>
    Grouped = 32,
}

/// <summary>One token: a span of the text, its kind and flags.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenFlags Flags)
{
    public int Length => End - Start;
    public bool Has(TokenFlags flag) => (Flags & flag) != 0;
    /// <summary>True when nothing separates it from the token before.</summary>
    public bool Attached => (Flags & (TokenFlags.SpaceBefore | TokenFlags.LineBefore)) == 0;
}
