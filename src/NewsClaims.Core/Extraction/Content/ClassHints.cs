using System.Text.RegularExpressions;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>What an element's class, id, role and label say about it: page furniture, or not.</summary>
/// <remarks>Patterns match whole hyphen-separated words or word starts, so "ad" does not match "header" or "shadow".</remarks>
public static partial class ClassHints
{
    private const byte Known = 1, FurnitureFlag = 2, CommentsFlag = 4;

    // Pages repeat the same class strings hundreds of times (every menu item, every card); the answers are cached
    // per thread so each distinct string is matched once. The cache is dropped when it grows large.
    [ThreadStatic]
    private static Dictionary<string, byte>? _cache;

    /// <summary>Furniture that never holds article text whatever else the class says (share bars, comments, ads).</summary>
    public static bool IsFurniture(string hints) => hints.Length > 0 && (Flags(hints) & FurnitureFlag) != 0;

    /// <summary>A comments section or related-articles block: furniture however much text it holds.</summary>
    public static bool IsCommentsOrRelated(string hints) => hints.Length > 0 && (Flags(hints) & CommentsFlag) != 0;

    private static byte Flags(string hints)
    {
        var cache = _cache ??= new Dictionary<string, byte>(StringComparer.Ordinal);
        if (cache.TryGetValue(hints, out var flags))
            return flags;
        if (cache.Count > 50_000)
            cache.Clear();
        flags = (byte)(Known | (Furniture().IsMatch(hints) ? FurnitureFlag : 0) | (CommentsOrRelated().IsMatch(hints) ? CommentsFlag : 0));
        cache[hints] = flags;
        return flags;
    }

    [GeneratedRegex(@"(?<![a-z0-9-])(?:comments?|comment-(?:list|body|content|section|area|respond|form|thread|wrapper)|commentlist|comments-(?:area|section|list|wrapper|container|block)|disqus(?:-thread)?|respond|jp-relatedposts|related-(?:posts|articles|stories|content|links)|yarpp-related|outbrain|taboola)(?![a-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex CommentsOrRelated();

    // Testimonial sliders are a business site's furniture; a testimonial set as a block of the post itself ("wp-block-…")
    // is a quote the article chose.
    [GeneratedRegex(@"(?<![a-z0-9])(?:comment|disqus|share|sharing|social-?(?:links|icons|media|buttons|share|bar)|related|recommend|newsletter|subscribe|signup|sign-up|promo|advert|ads?(?![a-z0-9])|ad-(?:slot|unit|container|wrapper|label|block)|adslot|dfp|sponsor|outbrain|taboola|breadcrumb|pagination|cookie|consent|gdpr|paywall|regwall|restricted-content|subscription-wall|sr-only|visually-hidden|screen-reader|read-?more|more-(?:stories|articles|news|from)|also-read|trending|most-(?:read|popular|viewed)|popular-|tags?(?![a-z0-9])|tag-list|post-tags|byline|author(?:-|__|--)?(?:bio|box|info|card|about|additional|details|description)|about-(?:the-)?author|(?:image|photo|img|pic)?caption|credit|print|toolbar|newsletter|donate|follow-us|app-promo|related|you-may-like|recirc|inline-(?:promo|ad|related)|skip-link|jump-link(?![a-z0-9-])|elementor-posts-container|elementor-widget-posts|testimonials?(?<!wp-block.*)(?!.*wp-block)|modals?(?![a-z0-9-])|contentinfo|navigation|complementary" +
        // The same in the class names of German, French, Spanish, Italian and Portuguese sites ("Kommentar" alone is an
        // opinion piece, so only the plural marks comments).
        @"|werbung|anzeige|publicite|publicidad|pubblicita|publicidade|kommentare|leserkommentare|comentarios|commenti|teilen|partage|compartir|condividi|compartilhar" +
        @"|verwandte|empfehlung|lire-aussi|a-lire|articles-lies|relacionad|correlat|leia-tambem)", RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();
}
