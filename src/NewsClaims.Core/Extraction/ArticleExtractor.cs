using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsClaims.Core.Extraction.Content;
using NewsClaims.Core.Extraction.Html;
using NewsClaims.Core.Extraction.Metadata;
using NewsClaims.Core.Urls;

namespace NewsClaims.Core.Extraction;

/// <summary>From the raw bytes of a page and its URL to an article: body text as structured paragraphs, and metadata with provenance.</summary>
public static class ArticleExtractor
{
    /// <summary>Stored beside every result, so <c>reprocess</c> knows which rows an improved extractor should redo.</summary>
    public const string Version = "extract-8";

    public static ExtractedArticle Extract(ReadOnlySpan<byte> body, string? contentType, string url, DateTimeOffset? now = null, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        if (PlainTextPage.IsPlainText(contentType))
            return Extract(PlainTextPage.ToHtml(Text.CharsetDecoder.Decode(body, contentType).Text), url, now, limits);
        return FromDocument(PageParser.Parse(body, contentType, limits), url, now);
    }

    public static ExtractedArticle Extract(string html, string url, DateTimeOffset? now = null, ExtractionLimits? limits = null)
    {
        limits ??= ExtractionLimits.Default;
        return FromDocument(PageParser.Parse(html, limits), url, now);
    }

    private static ExtractedArticle FromDocument(IHtmlDocument? document, string url, DateTimeOffset? now)
    {
        if (document is null)
            return new ExtractedArticle { Url = url, IsArticle = false, NotArticleReason = "parse-timeout" };
        var uri = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : new Uri("http://unknown.invalid/");
        var sources = new Dictionary<string, string>();

        var page = PageMetadata.Read(document, uri, now);
        var language = LanguageFinder.Find(page, out var languageSource);
        page.DayFirst = language is not null && !language.StartsWith("en-us", StringComparison.OrdinalIgnoreCase) &&
                        !language.Equals("en", StringComparison.OrdinalIgnoreCase);
        var siteName = SiteFinder.Find(page, out var siteSource);
        var canonical = SiteFinder.Canonical(page, out var canonicalSource);
        var description = SiteFinder.Description(page, out var descriptionSource);
        var title = TitleFinder.Find(page, siteName);
        page.Title = title?.Title;
        var authors = AuthorFinder.Find(page, siteName);
        var modified = DateFinder.Modified(page);
        // A page that states only when it was updated was published then or before; the update is the best date for
        // the text as fetched, and the source says where it came from.
        var published = DateFinder.Published(page, modified) ?? (modified is null ? null : modified with { Source = "modified:" + modified.Source });
        Note(sources, "title", title?.Source);
        Note(sources, "authors", authors?.Source);
        Note(sources, "published", published?.Source);
        Note(sources, "modified", modified?.Source);
        Note(sources, "language", languageSource);
        Note(sources, "site_name", siteSource);
        Note(sources, "canonical_url", canonicalSource);
        Note(sources, "description", descriptionSource);

        var (paragraphs, textSource) = BodyText(document, page, title?.Title);
        paragraphs = AuthorBio.Without(paragraphs, authors?.Names ?? [], siteName);
        Note(sources, "text", textSource);
        var verdict = PageKindClassifier.Classify(document, page, paragraphs);

        return new ExtractedArticle
        {
            Url = url,
            CanonicalUrl = canonical,
            Title = title?.Title,
            Authors = authors?.Names ?? [],
            Published = published,
            Modified = modified,
            Language = language,
            SiteName = siteName,
            Description = description,
            Paragraphs = verdict is null ? paragraphs : [],
            Sources = sources,
            IsArticle = verdict is null,
            NotArticleReason = verdict,
        };
    }

    private static (List<Paragraph>, string?) BodyText(IHtmlDocument document, PageMetadata page, string? title)
    {
        var root = document.Body ?? document.DocumentElement;
        Prune(root);
        var all = Dom.Elements(root);
        var stats = new NodeStats(all);
        var roots = BodyLocator.Locate(root, all, stats);
        var paragraphs = Tidy(ParagraphWriter.Write(roots, stats), title);
        // The scorer can take a block of furniture for the body (a promotion carousel with more prose than a short page)
        // which then writes out as nothing; without it, the page's real text is found.
        if (paragraphs.Sum(p => p.Text.Length) < 80 && roots.Count > 0 && !roots.Contains(root))
        {
            foreach (var r in roots)
                r.Remove();
            all = Dom.Elements(root);
            stats = new NodeStats(all);
            roots = BodyLocator.Locate(root, all, stats);
            paragraphs = Tidy(ParagraphWriter.Write(roots, stats), title);
        }
        var source = roots.Count == 0 ? null : "dom";

        // When the markup hides the body (rendered by script) but JSON-LD carries it, the JSON-LD text is the article.
        var ldBody = page.JsonLd.Article is { } a ? JsonLd.String(a, "articleBody") : null;
        if (ldBody is not null && ldBody.Length > 2 * Math.Max(200, paragraphs.Sum(p => p.Text.Length)))
        {
            paragraphs = ldBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => new Paragraph(ParagraphKind.Paragraph, Whitespace.Collapse(p))).Where(p => p.Text.Length > 0).ToList();
            source = "json-ld";
        }
        return (paragraphs, source);
    }

    /// <summary>Removes what can never be article text (scripts, media, forms' controls, hidden elements) before scoring.</summary>
    private static void Prune(IElement root)
    {
        var folded = new FoldedSections(root);
        var doomed = new List<IElement>();
        foreach (var e in Dom.Elements(root))
        {
            folded.Unfold(e);
            if (Tags.IsJunk(e.LocalName) || IsHidden(e) ||
                e.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alertdialog")
                doomed.Add(e);
        }
        // Removing an element whose ancestor is already gone is harmless.
        foreach (var e in doomed)
            e.Remove();
        AnonymousBlocks.Wrap(root);
    }

    // React's streaming renderer sends late parts of the page in <div hidden id="S:n"> that a script moves into
    // place; a browser shows them, so they are not hidden content.
    private static bool IsHidden(IElement e) =>
        e.HasAttribute("hidden") && !(e.Id is { } id && id.StartsWith("S:", StringComparison.Ordinal));

    /// <summary>Drops the headline repeated in the body, bylines and datelines at the top, boilerplate lines, and repeats.</summary>
    private static List<Paragraph> Tidy(List<Paragraph> paragraphs, string? title)
    {
        var result = new List<Paragraph>(paragraphs.Count);
        var normalTitle = title is null ? null : Normal(title);
        // The section label printed over the headline ("World", "Island | Transport") is a kicker, not text.
        var headline = normalTitle is null ? -1 : paragraphs.Take(3).ToList().FindIndex(p => Normal(p.Text) == normalTitle);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            // Readers' comments under the text: nothing after them is the article.
            if (p.Kind == ParagraphKind.Heading && result.Count >= 3 && BoilerplateLines.IsCommentsHeading(p.Text))
                break;
            // An author's box or a disclaimer runs to the next heading; templates set it beside the text as often as
            // under it, so the text may go on after it.
            if (p.Kind == ParagraphKind.Heading && result.Count >= 3 && BoilerplateLines.IsAsideHeading(p.Text))
            {
                while (i + 1 < paragraphs.Count && paragraphs[i + 1].Kind != ParagraphKind.Heading)
                    i++;
                continue;
            }
            if (normalTitle is not null && (p.Kind == ParagraphKind.Heading || i < 3) && Normal(p.Text) == normalTitle)
                continue;
            if (i < headline && p.Text.Length <= 40 && Whitespace.WordCount(p.Text) <= 4)
                continue;
            if (p.Kind != ParagraphKind.Preformatted && BoilerplateLines.IsBoilerplate(p.Text))
                continue;
            if (result.Count == 0 && BoilerplateLines.IsBareCount(p.Text))
                continue;
            if (result.Count < 4 && (BoilerplateLines.IsBylineOrDateline(p.Text) || BoilerplateLines.IsBareDate(p.Text)))
                continue;
            if (BoilerplateLines.IsLabelledDate(p.Text))
                continue;
            if (result.Count > 0 && result[^1].Text == p.Text)
                continue;
            result.Add(p);
        }
        return WithoutRepeatedRuns(result);
    }

    /// <summary>
    /// Templates that render the article twice (a desktop copy and a hidden mobile one) repeat a run of paragraphs in
    /// order; the later copy goes. A single repeated paragraph (a disclaimer under each product) stays.
    /// </summary>
    private static List<Paragraph> WithoutRepeatedRuns(List<Paragraph> paragraphs)
    {
        const int MinRun = 3;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Paragraph>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            if (text.Length >= 80 && first.TryGetValue(text, out var j))
            {
                var run = 0;
                while (i + run < paragraphs.Count && j + run < i && paragraphs[i + run].Text == paragraphs[j + run].Text)
                    run++;
                if (run >= MinRun)
                {
                    i += run - 1;
                    continue;
                }
            }
            if (text.Length >= 80)
                first.TryAdd(text, i);
            result.Add(paragraphs[i]);
        }
        return result;
    }

    private static string Normal(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static void Note(Dictionary<string, string> sources, string field, string? source)
    {
        if (source is not null)
            sources[field] = source;
    }
}
