using System.Text;

namespace NewsClaims.Core.Text;

/// <summary>Text decoded from bytes, with the encoding used and where the choice came from.</summary>
/// <param name="Source">bom, header, declaration, meta, utf8-valid or fallback.</param>
public sealed record DecodedText(string Text, Encoding Encoding, string Source);
