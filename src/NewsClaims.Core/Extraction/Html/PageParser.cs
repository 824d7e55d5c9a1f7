using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsClaims.Core.Text;

namespace NewsClaims.Core.Extraction.Html;

/// <summary>Turns a page's bytes into an AngleSharp document within the size, depth and time limits.</summary>
public static class PageParser
{
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        SkipComments = true,
        SkipProcessingInstructions = true,
    };

    /// <summary>Decodes (see <see cref="CharsetDecoder"/>) and parses; null when the parse ran out of time.</summary>
    public static IHtmlDocument? Parse(ReadOnlySpan<byte> body, string? contentType, ExtractionLimits limits) =>
        Parse(CharsetDecoder.Decode(body, contentType).Text, limits);

    public static IHtmlDocument? Parse(string html, ExtractionLimits limits)
    {
        if (html.Length > limits.MaxChars)
            html = html[..limits.MaxChars];
        html = HostileMarkup.CutAtDepth(html, limits.MaxDepth);
        // The cap is wall time, so a first parse in a fresh process (the parser still being compiled) or a moment without
        // the CPU on a loaded machine can run out of it on an ordinary page; one more try tells that from a page that is
        // slow to parse, which runs out again.
        return TryParse(html, limits.ParseTime) ?? TryParse(html, limits.ParseTime);
    }

    private static IHtmlDocument? TryParse(string html, TimeSpan time)
    {
        using var timeout = new CancellationTokenSource(time);
        try
        {
            // The async overload is the one that honours cancellation; with a string source it completes synchronously.
            return new HtmlParser(Options).ParseDocumentAsync(html, timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
