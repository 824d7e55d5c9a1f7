using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsClaims.Core.Extraction;

namespace NewsClaims.Core.Tests.Extraction;

/// <summary>Pages of our own writing, modelled on how real outlets build theirs, against expected output files.</summary>
/// <remarks>
/// Each <c>Pages/NAME.html</c> names its URL in a leading comment; <c>Pages/NAME.expected.json</c> is what extraction must
/// produce. After a deliberate change, regenerate with <c>NEWSCLAIMS_UPDATE_EXPECTED=1 dotnet test</c> and review the diff.
/// </remarks>
public sealed partial class FixturePageTests
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Pages() => new(Directory.EnumerateFiles(PagesDir, "*.html").Select(Path.GetFileNameWithoutExtension).Order()!);

    private static string PagesDir => Path.Combine(AppContext.BaseDirectory, "Extraction", "Pages");

    public static ExtractedArticle Extract(string name)
    {
        var html = File.ReadAllText(Path.Combine(PagesDir, name + ".html"));
        var url = UrlComment().Match(html) is { Success: true } m ? m.Groups[1].Value : "https://example.invalid/" + name;
        return ArticleExtractor.Extract(System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", url, Now);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_extracts_to_its_expected_output(string name)
    {
        var actual = Render(Extract(name));
        var expectedPath = Path.Combine(PagesDir, name + ".expected.json");
        if (Environment.GetEnvironmentVariable("NEWSCLAIMS_UPDATE_EXPECTED") == "1")
        {
            // Write into the source tree, not the build output, so the change shows up in git.
            var source = Path.Combine(SourceDir(), "Extraction", "Pages", name + ".expected.json");
            File.WriteAllText(source, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"no expected output for {name}; generate it with NEWSCLAIMS_UPDATE_EXPECTED=1");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    private static string Render(ExtractedArticle a) => JsonSerializer.Serialize(new
    {
        url = a.Url,
        canonical_url = a.CanonicalUrl,
        title = a.Title,
        authors = a.Authors,
        published = a.Published?.Local,
        published_utc = a.Published?.Utc?.ToString("O"),
        modified = a.Modified?.Local,
        language = a.Language,
        site_name = a.SiteName,
        is_article = a.IsArticle,
        not_article_reason = a.NotArticleReason,
        paragraphs = a.Paragraphs.Select(p => new { kind = p.Kind.ToString(), text = p.Text }),
        sources = new SortedDictionary<string, string>(a.Sources.ToDictionary(), StringComparer.Ordinal),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";

    private static string SourceDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsClaims.Core.Tests.csproj")))
                return dir.FullName;
        throw new InvalidOperationException("test project folder not found");
    }

    [GeneratedRegex(@"<!--\s*url:\s*(\S+)\s*-->")]
    private static partial Regex UrlComment();
}
