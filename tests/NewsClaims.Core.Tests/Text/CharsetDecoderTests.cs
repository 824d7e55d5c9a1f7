using System.Text;
using NewsClaims.Core.Text;

namespace NewsClaims.Core.Tests.Text;

public class CharsetDecoderTests
{
    private static readonly Encoding Latin1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void Decode_PrefersTheByteOrderMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Zürich")).ToArray();
        var decoded = CharsetDecoder.Decode(bytes, "text/html; charset=windows-1252");
        Assert.Equal(("Zürich", "bom"), (decoded.Text, decoded.Source));
    }

    [Fact]
    public void Decode_UsesTheHeaderCharset()
    {
        var decoded = CharsetDecoder.Decode(Latin1252.GetBytes("Café – €5"), "text/html; charset=\"windows-1252\"");
        Assert.Equal(("Café – €5", "header"), (decoded.Text, decoded.Source));
    }

    [Fact]
    public void Decode_ReadsTheXmlDeclaration()
    {
        var bytes = Latin1252.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><t>Gdańsk é</t></rss>".Replace("ń", "n"));
        var decoded = CharsetDecoder.Decode(bytes, "application/xml");
        Assert.Equal("declaration", decoded.Source);
        Assert.Contains("Gdansk é", decoded.Text);
    }

    [Fact]
    public void Decode_ReadsMetaCharset()
    {
        var bytes = Latin1252.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>naïve</body></html>");
        var decoded = CharsetDecoder.Decode(bytes, "text/html");
        Assert.Equal("meta", decoded.Source);
        Assert.Contains("naïve", decoded.Text);
    }

    [Fact]
    public void Decode_ReadsHttpEquivMeta()
    {
        var bytes = Latin1252.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>señor</body></html>");
        Assert.Contains("señor", CharsetDecoder.Decode(bytes, null).Text);
    }

    [Fact]
    public void Decode_UnlabelledValidUtf8IsUtf8()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("<p>Ångström — 東京</p>"), null);
        Assert.Equal(("<p>Ångström — 東京</p>", "utf8-valid"), (decoded.Text, decoded.Source));
    }

    [Fact]
    public void Decode_UnlabelledInvalidUtf8FallsBackToWindows1252()
    {
        var decoded = CharsetDecoder.Decode(Latin1252.GetBytes("<p>“Quoted” café</p>"), null);
        Assert.Equal(("<p>“Quoted” café</p>", "fallback"), (decoded.Text, decoded.Source));
    }

    [Fact]
    public void Decode_UnknownLabelIsIgnored()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("plain é"), "text/html; charset=x-no-such-thing");
        Assert.Equal(("plain é", "utf8-valid"), (decoded.Text, decoded.Source));
    }

    [Theory]
    [InlineData("text/html; charset=UTF-8", "UTF-8")]
    [InlineData("text/html;charset='koi8-r'", "koi8-r")]
    [InlineData("text/html", null)]
    [InlineData(null, null)]
    public void CharsetFromContentType_ReadsTheParameter(string? header, string? expected) =>
        Assert.Equal(expected, CharsetDecoder.CharsetFromContentType(header));
}
