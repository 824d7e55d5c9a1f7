using System.Xml.Linq;
using NewsClaims.Core.Text;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>Reads any source we support (RSS 2.0, RSS 1.0, Atom 1.0, JSON Feed, sitemaps, HTML section pages).</summary>
/// <remarks>The format is detected from the content, not the Content-Type: many servers label feeds text/html.</remarks>
public static class FeedParser
{
    /// <summary>The largest feed, in characters, that we parse; larger ones are an error, not a truncation.</summary>
    public const long MaxCharacters = 20_000_000;

    public static FeedDocument Parse(ReadOnlySpan<byte> body, string? contentType, Uri feedUrl)
    {
        var text = CharsetDecoder.Decode(body, contentType).Text;
        return Parse(text, feedUrl);
    }

    public static FeedDocument Parse(string text, Uri feedUrl)
    {
        var start = FirstSignificant(text);
        if (start < 0)
            throw new FeedFormatException("empty response");
        if (text[start] == '{')
            return JsonFeedReader.Read(text, feedUrl);
        if (text[start] == '<' && !LooksLikeHtml(text, start))
            return ReadXml(SafeXml.Load(text, MaxCharacters), feedUrl);
        return HtmlSectionReader.Read(text, feedUrl);
    }

    private static FeedDocument ReadXml(XDocument doc, Uri feedUrl)
    {
        var root = doc.Root ?? throw new FeedFormatException("XML without a root element");
        return root.Name.LocalName switch
        {
            "rss" => RssReader.ReadRss2(root, feedUrl),
            "RDF" => RssReader.ReadRss1(root, feedUrl),
            "feed" => AtomReader.Read(root, feedUrl),
            "urlset" => SitemapReader.ReadUrlSet(root, feedUrl),
            "sitemapindex" => SitemapReader.ReadIndex(root, feedUrl),
            _ => throw new FeedFormatException($"unknown XML feed root <{root.Name.LocalName}>"),
        };
    }

    private static int FirstSignificant(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '\uFEFF')
                return i;
        }
        return -1;
    }

    private static bool LooksLikeHtml(string text, int start)
    {
        var head = text.AsSpan(start, Math.Min(1024, text.Length - start));
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) ||
               head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
               (!head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
