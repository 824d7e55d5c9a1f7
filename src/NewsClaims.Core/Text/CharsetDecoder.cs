using System.Text;
using System.Text.RegularExpressions;

namespace NewsClaims.Core.Text;

/// <summary>Turns the bytes of a page or feed into text, choosing the charset the way browsers do.</summary>
/// <remarks>
/// Order: byte-order mark, then the HTTP header's charset, then the document's own declaration
/// (<c>&lt;?xml encoding&gt;</c> or <c>&lt;meta charset&gt;</c>) from its first bytes, then UTF-8 when the
/// bytes are valid UTF-8, and windows-1252 otherwise (what browsers assume for unlabelled Western pages).
/// </remarks>
public static partial class CharsetDecoder
{
    private const int SniffBytes = 4096;

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var (bomEncoding, bomLength) = DetectBom(bytes);
        if (bomEncoding is not null)
            return new DecodedText(bomEncoding.GetString(bytes[bomLength..]), bomEncoding, "bom");

        if (TryGetEncoding(CharsetFromContentType(contentType), out var header))
            return new DecodedText(header.GetString(bytes), header, "header");

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var declared = XmlDeclaration().Match(head);
        if (declared.Success && TryGetEncoding(declared.Groups[1].Value, out var xml))
            return new DecodedText(xml.GetString(bytes), xml, "declaration");
        var meta = MetaCharset().Match(head);
        if (meta.Success && TryGetEncoding(meta.Groups[1].Value, out var html))
            return new DecodedText(html.GetString(bytes), html, "meta");

        if (IsValidUtf8(bytes))
            return new DecodedText(Encoding.UTF8.GetString(bytes), Encoding.UTF8, "utf8-valid");
        var fallback = Encoding.GetEncoding(1252);
        return new DecodedText(fallback.GetString(bytes), fallback, "fallback");
    }

    /// <summary>The <c>charset</c> parameter of a Content-Type header value, or null.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
            return null;
        var match = HeaderCharset().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static (Encoding?, int) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
            return (new UTF8Encoding(false), 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
            return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
            return (Encoding.BigEndianUnicode, 2);
        return (null, 0);
    }

    private static bool TryGetEncoding(string? name, out Encoding encoding)
    {
        encoding = Encoding.UTF8;
        if (string.IsNullOrWhiteSpace(name))
            return false;
        name = name.Trim().Trim('"', '\'');
        // Labels that browsers map to windows-1252, per the WHATWG Encoding standard.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) ||
            name.Equals("latin1", StringComparison.OrdinalIgnoreCase) ||
            name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) ||
            name.Equals("ascii", StringComparison.OrdinalIgnoreCase))
            name = "windows-1252";
        try
        {
            encoding = Encoding.GetEncoding(name);
            // A page that declares UTF-16 but arrived without a BOM is nearly always really ASCII-compatible.
            if (encoding is UnicodeEncoding)
                encoding = Encoding.UTF8;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
