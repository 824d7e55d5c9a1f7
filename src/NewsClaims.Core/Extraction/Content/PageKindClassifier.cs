using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Metadata;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>Says when a page is not an article (a consent wall, a paywall teaser, a listing, an empty page), so it yields no claims.</summary>
public static partial class PageKindClassifier
{
    /// <summary>The reason the page is not an article, or null when it is one.</summary>
    public static string? Classify(IDocument document, PageMetadata page, IReadOnlyList<Paragraph> paragraphs)
    {
        var text = paragraphs.Sum(p => p.Text.Length);
        if (text < 3000 && IsConsentText(paragraphs, text))
            return "consent-wall";
        if (text < 1500 && IsPaywalled(document, page, paragraphs))
            return "paywall";
        var hasArticleData = page.JsonLd.Article is not null || page.Meta.First("article:published_time") is not null;
        if (!hasArticleData && IsListing(page, paragraphs, text))
            return "listing";
        if (text < 80)
            return "empty";
        return null;
    }

    // A short text behind a subscription prompt (usually in a box the furniture filter removed), or marked not free.
    private static bool IsPaywalled(IDocument document, PageMetadata page, IReadOnlyList<Paragraph> paragraphs)
    {
        if (page.JsonLd.Article is { } a && a.TryGetProperty("isAccessibleForFree", out var free) &&
            (free.ValueKind == System.Text.Json.JsonValueKind.False || free.ToString().Equals("false", StringComparison.OrdinalIgnoreCase)) &&
            IsTeaser(document, a, paragraphs))
            return true;
        // A subscription prompt where the text stops is the teaser's cut-off (a label over a whole article is not);
        // elsewhere on the page only a cut-off notice counts ("Already a subscriber?" and "Start your free trial" sit in
        // many free articles' headers).
        var end = string.Join(' ', paragraphs.Skip(paragraphs.Count - 2).Select(p => p.Text));
        return SubscriptionPrompt().IsMatch(end) || CutOff().IsMatch(end) ||
               (document.Body is { } body && CutOff().IsMatch(Html.Dom.Text(body)));
    }

    // "Not free" says the article is for subscribers, not that this copy is cut short: many papers serve the whole text
    // to readers and search engines alike. The markup's own pointer to the paid part (hasPart.cssSelector) settles it
    // when given: a teaser lacks that part or leaves it empty. Without one, a few paragraphs are a teaser, more a story.
    private static bool IsTeaser(IDocument document, System.Text.Json.JsonElement article, IReadOnlyList<Paragraph> paragraphs)
    {
        if (PaidPartSelector(article) is { } selector)
        {
            try
            {
                return document.QuerySelectorAll(selector).All(e => Html.Whitespace.WordCount(Html.Dom.Text(e)) < 40);
            }
            catch (AngleSharp.Dom.DomException)
            {
                // A selector AngleSharp cannot read says nothing either way.
            }
        }
        return paragraphs.Count(p => p.Kind == ParagraphKind.Paragraph && p.Text.Length >= 80) <= 3;
    }

    private static string? PaidPartSelector(System.Text.Json.JsonElement article)
    {
        if (!article.TryGetProperty("hasPart", out var parts))
            return null;
        foreach (var part in parts.ValueKind == System.Text.Json.JsonValueKind.Array ? parts.EnumerateArray().ToList() : [parts])
            if (part.ValueKind == System.Text.Json.JsonValueKind.Object && JsonLd.String(part, "cssSelector") is { Length: > 0 } selector)
                return selector;
        return null;
    }

    // Most of what is left is about cookies and consent, with at least two different consent terms, one of them the
    // wall's own controls ("Accept all", "Manage options"): a news story about a cookie fine talks of cookies and
    // consent too.
    private static bool IsConsentText(IReadOnlyList<Paragraph> paragraphs, int text)
    {
        var consent = paragraphs.Where(p => ConsentWords().IsMatch(p.Text)).ToList();
        var terms = consent.SelectMany(p => ConsentWords().Matches(p.Text)).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        return terms.Count >= 2 && terms.Any(t => ConsentControls().IsMatch(t)) && consent.Sum(p => p.Text.Length) >= 0.5 * text;
    }

    private static bool IsListing(PageMetadata page, IReadOnlyList<Paragraph> paragraphs, int text)
    {
        var prose = paragraphs.Count(p => p.Kind == ParagraphKind.Paragraph && p.Text.Length > 150);
        // A roundup article ("The best trail shoes of 2026") marks its picks up as an ItemList too; a listing page has
        // no running prose of its own.
        if (page.JsonLd.Types.Any(t => t is "CollectionPage" or "ItemList" or "SearchResultsPage") && prose <= 3)
            return true;
        // Many headline links and little running prose: a section front or a tag page. A brief of one paragraph under
        // a headline of its own, beside a column of other stories, is a story.
        var headlineLinks = page.Document.QuerySelectorAll("h2 a[href], h3 a[href], h4 a[href]").Length;
        var isBrief = prose == 1 && page.Headline >= 0 && Html.Whitespace.WordCount(Html.Dom.Text(page.BodyElements[page.Headline])) >= 4;
        return headlineLinks >= 10 && prose <= 1 && text < 3000 && !isBrief;
    }

    [GeneratedRegex(@"(?i)\b(?:cookies?|consent|privacy (?:settings|preferences|choices)|accept all|reject all|manage (?:options|preferences)|legitimate interest|your choices|partners? (?:use|process)|" + OtherConsentControls + "|einwilligung|consentement|consentimiento|consenso|toestemming|datenschutzeinstellungen)\\b")]
    private static partial Regex ConsentWords();

    [GeneratedRegex(@"^(?:privacy (?:settings|preferences|choices)|accept all|reject all|manage (?:options|preferences)|legitimate interest|your choices|partners? (?:use|process)|" + OtherConsentControls + ")$")]
    private static partial Regex ConsentControls();

    // A consent wall's buttons in German, French, Spanish, Italian, Portuguese and Dutch.
    private const string OtherConsentControls =
        "alle akzeptieren|alle ablehnen|einstellungen verwalten|akzeptieren und weiter|tout accepter|tout refuser|continuer sans accepter|" +
        "gérer (?:mes|les) (?:choix|préférences)|aceptar todo|rechazar todo|gestionar (?:opciones|preferencias)|accetta tutto|rifiuta tutto|" +
        "gestisci (?:opzioni|preferenze)|aceitar tudo|rejeitar tudo|alles accepteren|alles weigeren|instellingen beheren";

    [GeneratedRegex(@"(?i)\b(?:(?:subscribe|sign in|log in|register)(?: now)? to (?:continue|keep) reading|subscribe (?:now )?to read|subscribers only|this (?:article|content|story) is (?:only )?(?:for|available to|reserved for) (?:subscribers|members)|sign in to read the (?:full|rest))\b")]
    private static partial Regex CutOff();

    // Besides English, the cut-off notices of German, French, Spanish, Italian, Portuguese and Dutch sites; only in the
    // text itself, as their sites print the same words on teasers of other stories around a free article.
    [GeneratedRegex(@"(?i)\b(?:already a subscriber|for subscribers|start your (?:free )?trial|" +
        @"(?:jetzt )?weiterlesen mit|(?:dieser )?artikel ist (?:nur )?für abonnenten|nur für abonnenten|réservé aux abonnés|la suite est réservée|" +
        @"(?:contenido|artículo) (?:exclusivo )?para suscriptores|riservato agli abbonati|exclusivo para assinantes|alleen voor abonnees)\b")]
    private static partial Regex SubscriptionPrompt();
}
