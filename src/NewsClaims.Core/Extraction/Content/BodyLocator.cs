using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>Finds the elements that hold the article body: structural evidence first, checked against text density.</summary>
/// <remarks>
/// Structural evidence is markup that says "this is the article" (<c>itemprop=articleBody</c>, the body containers
/// of common CMSs, <c>&lt;article&gt;</c>). It is trusted when its net article-like text (see <see cref="TextMass"/>)
/// is close to the best the page offers; otherwise the best run of sibling blocks under any one container is the body,
/// which merges a body that CMSs split around ads and embeds and leaves out comments beside it.
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
        if (structural is not null && mass.Objective(structural) >= 0.9 * best.Value)
            return [structural];
        if (bestParent is null)
            return stats[root].Text > 0 ? [root] : [];
        // A short plain paragraph that closes the text ("Ruiz reported from Reno.", "Additional reporting by …") costs the
        // run a little and so falls outside it; it is the article's last line, not furniture.
        var last = bestParent.Children[best.End];
        for (var next = last.NextElementSibling; next is not null && mass.IsShortPlainParagraph(next, stats); next = next.NextElementSibling)
            best.End++;
        // A lead of short sentences in Chinese, Japanese or Korean ("運航会社が19日、発表した。") reads as short to a scorer
        // that counts characters, and so falls before the run; ended as a sentence, it is the article's first lines.
        for (var prev = bestParent.Children[best.Start].PreviousElementSibling;
             prev is not null && mass.IsShortPlainParagraph(prev, stats) && IsCjkSentence(Dom.Text(prev));
             prev = prev.PreviousElementSibling)
            best.Start--;
        var chosen = new List<IElement>();
        var index = 0;
        for (var child = bestParent.FirstElementChild; child is not null; child = child.NextElementSibling, index++)
            if (index >= best.Start && index <= best.End)
                chosen.Add(child);
        return chosen.Count == index ? [bestParent] : chosen;
    }

    /// <summary>A line mostly of Han, kana or Hangul that ends as a sentence does ("。", "！", "？", a closing quote, or "." in Korean).</summary>
    private static bool IsCjkSentence(string text)
    {
        text = text.TrimEnd();
        if (text.Length < 8 || text[^1] is not ('。' or '！' or '？' or '」' or '』' or '.' or '!' or '?'))
            return false;
        int cjk = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF')
                cjk++;
        }
        return cjk >= 6 && cjk * 2 > letters;
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
}
