namespace NewsClaims.Core.Extraction.Html;

/// <summary>What kinds of element a page's tags are, for pruning, scoring and writing paragraphs.</summary>
public static class Tags
{
    private static readonly HashSet<string> Junk = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
        "audio", "source", "track", "picture", "img", "button", "select", "input", "textarea", "option", "dialog",
        "link", "meta", "head", "map", "area",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
        "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td",
        "th", "caption", "figure", "figcaption", "hr", "address", "form", "fieldset", "details", "summary", "center",
        "body", "html",
    };

    /// <summary>Elements whose content is never article text (scripts, media, form controls).</summary>
    public static bool IsJunk(string tag) => Junk.Contains(tag);

    public static bool IsBlock(string tag) => Blocks.Contains(tag);

    public static bool IsBreak(string tag) => tag is "br" || Blocks.Contains(tag);

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';
}
