using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsClaims.Web.Rendering;

/// <summary>A piece of HTML that is safe to send: built with <see cref="Of"/>, whose every interpolated value is HTML-encoded
/// unless it is itself <see cref="Html"/>. Scraped text can only reach a page through an encoding hole.</summary>
public readonly record struct Html(string Value)
{
    // Non-ASCII letters stay readable in the source; markup characters and quotes are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Html Empty { get; } = new("");

    public static Html Of([InterpolatedStringHandlerArgument] ref HtmlHandler handler) => new(handler.ToStringAndClear());

    public static Html Text(string? text) => new(Encoder.Encode(text ?? ""));

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public static Html When(bool condition, Html html) => condition ? html : Empty;

    /// <summary>An href for a page taken from the store: only http(s) URLs become links (never <c>javascript:</c> or <c>data:</c>).</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

    internal static string Encode(string text) => Encoder.Encode(text);

    public override string ToString() => Value;
}

/// <summary>The interpolation handler behind <see cref="Html.Of"/>: literals pass through, values are encoded.</summary>
[InterpolatedStringHandler]
public ref struct HtmlHandler(int literalLength, int formattedCount)
{
    private readonly StringBuilder _builder = new(literalLength + formattedCount * 16);

    public readonly void AppendLiteral(string literal) => _builder.Append(literal);

    public readonly void AppendFormatted(Html html) => _builder.Append(html.Value);

    public readonly void AppendFormatted<T>(T value) => _builder.Append(Html.Encode(value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    }));

    internal readonly string ToStringAndClear() => _builder.ToString();
}
