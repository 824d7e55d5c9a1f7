using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>Finds the elements that hold the article body: structural evidence first, checked against a text-density score.</summary>
/// <remarks>
/// Structural evidence is markup that says "this is the article" (<c>itemprop=articleBody</c>, the body containers
/// of common CMSs, <c>&lt;article&gt;</c>). It is trusted when it holds most of the text the density score finds;
/// otherwise the score's winner is used, joined by siblings that look like more of the same article (CMSs often
/// split a body into several containers around ads and embeds).
/// </remarks>
public static class BodyLocator
{
    private static readonly HashSet<string> CmsBodyClasses = new(StringComparer.Ordinal)
    {
        "entry-content", "post-content", "article-body", "article__body", "article-content", "articlebody",
        "story-body", "story-content", "post-body", "c-entry-content", "td-post-content", "field--name-body",
        "article-text", "body-text", "post__content", "entry__content", "article__content", "story__body",
        "single-post-content", "blog-post-content", "post-entry", "article-body-text", "story-text", "entry-body",
        "article__text", "paywall-article", "rich-text-article-body", "caas-body", "content-body", "post-text",
        "single-content", "article-main-body", "articletext", "news-content", "td-post-text-content", "blog-content",
        "post-single-content", "page-content", "wysiwyg", "prose", "markdown-body", "article-content-body",
    };

    private static readonly HashSet<string> CmsBodyIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "article-body", "articlebody", "story-body", "article-content", "post-content", "entry-content", "content-body",
        "storytext", "article_body", "body-text", "main-content-body",
    };

    /// <summary>The body's top-level elements in document order; empty when the page has no text worth the name.</summary>
    public static IReadOnlyList<IElement> Locate(IElement root, IReadOnlyList<IElement> all, NodeStats stats)
    {
        var mass = new TextMass(all, stats, stats[root].Text);
        IElement? bestParent = null;
        (int Start, int End, double Value) best = (0, -1, 0);
        foreach (var e in all)
        {
            if (e.FirstElementChild is null)
                continue;
            var run = mass.BestRun(e);
            if (run.Value > best.Value)
            {
                best = run;
                bestParent = e;
            }
        }
        var structural = Structural(all, stats);
        if (Environment.GetEnvironmentVariable("NC_DEBUG") is not null)
            Console.Error.WriteLine($"structural={Describe(structural, stats)} obj={(structural is null ? 0 : mass.Objective(structural)):0} best={Describe(bestParent, stats)}[{best.Start}..{best.End} of {bestParent?.ChildElementCount}] obj={best.Value:0}");
        if (structural is not null && mass.Objective(structural) >= 0.9 * best.Value)
            return [structural];
        if (bestParent is null)
            return stats[root].Text > 0 ? [root] : [];
        var chosen = new List<IElement>();
        var index = 0;
        for (var child = bestParent.FirstElementChild; child is not null; child = child.NextElementSibling, index++)
            if (index >= best.Start && index <= best.End)
                chosen.Add(child);
        return chosen.Count == index ? [bestParent] : chosen;
    }

    private static string Describe(IElement? e, NodeStats stats) => e is null ? "-" : $"<{e.LocalName} class='{e.ClassName}' id='{e.Id}'> text={stats[e].Text} plain={stats[e].PlainText}";

    private static bool PreferStructural(IElement s, IElement top, NodeStats stats)
    {
        var sc = stats[s];
        if (sc.LinkDensity > 0.5)
            return false;
        // The structural container holds the scored winner: it is the same article, with its outline.
        if (Dom.Contains(s, top))
            return sc.PlainText <= 4 * stats[top].PlainText + 2000;
        // Inside the winner, or beside it: trust it when it holds most of the winner's text.
        return sc.PlainText >= 0.6 * stats[top].PlainText;
    }

    /// <summary>The outermost structural body container with the most text, if any.</summary>
    private static IElement? Structural(IReadOnlyList<IElement> all, NodeStats stats)
    {
        IElement? best = null;
        var bestText = 199;
        IElement? bestArticle = null;
        var bestArticleText = 199;
        foreach (var e in all)
        {
            var text = stats[e].PlainText;
            if (text <= Math.Min(bestText, bestArticleText))
                continue;
            if (IsCmsBody(e))
            {
                if (text > bestText)
                {
                    best = e;
                    bestText = text;
                }
            }
            else if (e.LocalName == "article" && text > bestArticleText)
            {
                bestArticle = e;
                bestArticleText = text;
            }
        }
        if (best is not null && bestArticle is not null && !Dom.Contains(bestArticle, best) && bestArticleText > 2 * bestText)
            return bestArticle;
        return best ?? bestArticle;
    }

    private static bool IsCmsBody(IElement e)
    {
        var itemprop = e.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            return true;
        if (e.Id is { } id && CmsBodyIds.Contains(id))
            return true;
        foreach (var c in e.ClassList)
            if (CmsBodyClasses.Contains(c.ToLowerInvariant()))
                return true;
        return false;
    }

    private static Dictionary<IElement, double> Score(IReadOnlyList<IElement> all, NodeStats stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var e in all)
        {
            if (!IsTextBlock(e))
                continue;
            var c = stats[e];
            if (c.PlainText < 25)
                continue;
            var contribution = 1 + c.Commas + Math.Min(c.PlainText / 100.0, 3);
            var level = 0;
            for (var a = e.ParentElement; a is not null && level < 5; a = a.ParentElement, level++)
            {
                if (!scores.ContainsKey(a))
                    scores[a] = InitialScore(a);
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores[a] += contribution / divider;
            }
        }
        return scores;
    }

    private static bool IsTextBlock(IElement e)
    {
        switch (e.LocalName)
        {
            case "p" or "pre" or "td" or "blockquote":
                return true;
            case "div" or "section" or "span" or "font" or "center":
                for (var c = e.FirstElementChild; c is not null; c = c.NextElementSibling)
                    if (Tags.IsBlock(c.LocalName))
                        return false;
                return e.LocalName != "span" || e.ParentElement?.LocalName is "div" or "section" or "article" or "td";
            default:
                return false;
        }
    }

    private static double InitialScore(IElement e)
    {
        var tagScore = e.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tagScore + ClassHints.Weight(Dom.Hints(e));
    }

    /// <summary>Climbs from the winner while its parent adds little but more of the same article (readability's "top candidate's parent" step).</summary>
    private static IElement Widen(IElement top, Dictionary<IElement, double> scores, NodeStats stats)
    {
        var text = stats[top].PlainText;
        for (var p = top.ParentElement; p is not null && p.LocalName is not ("body" or "html"); p = p.ParentElement)
        {
            var pc = stats[p];
            // A wrapper with just a few more characters (a heading, a dateline) than the winner is the real container.
            if (pc.PlainText <= text * 1.15 + 50 && pc.LinkDensity < 0.3)
            {
                top = p;
                continue;
            }
            break;
        }
        return top;
    }

    private static IReadOnlyList<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores, NodeStats stats)
    {
        var parent = top.ParentElement;
        if (parent is null)
            return [top];
        var topScore = scores.GetValueOrDefault(top) * (1 - stats[top].LinkDensity);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.ClassName ?? "";
        var result = new List<IElement>();
        for (var s = parent.FirstElementChild; s is not null; s = s.NextElementSibling)
        {
            if (ReferenceEquals(s, top))
            {
                result.Add(s);
                continue;
            }
            var c = stats[s];
            if (c.Text == 0)
                continue;
            var bonus = topClass.Length > 0 && s.ClassName == topClass ? topScore * 0.2 : 0;
            var score = scores.GetValueOrDefault(s) * (1 - c.LinkDensity);
            if (score + bonus >= threshold && !ClassHints.IsFurniture(Dom.Hints(s)))
            {
                result.Add(s);
            }
            else if (s.LocalName == "p")
            {
                var text = Dom.Text(s);
                if ((c.Text > 80 && c.LinkDensity < 0.25) || (c.LinkDensity == 0 && text.Length > 0 && text.EndsWith('.')))
                    result.Add(s);
            }
        }
        return result;
    }
}
