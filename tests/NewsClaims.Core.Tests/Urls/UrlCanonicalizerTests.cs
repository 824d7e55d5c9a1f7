using FsCheck;
using FsCheck.Fluent;
using NewsClaims.Core.Urls;

namespace NewsClaims.Core.Tests.Urls;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/World/Story-1", "https://news.example.com/World/Story-1")]
    [InlineData("https://news.example.com:443/a", "https://news.example.com/a")]
    [InlineData("http://news.example.com:80/a", "http://news.example.com/a")]
    [InlineData("http://news.example.com:8080/a", "http://news.example.com:8080/a")]
    [InlineData("https://news.example.com", "https://news.example.com/")]
    [InlineData("https://news.example.com/a#comments", "https://news.example.com/a")]
    [InlineData("https://news.example.com/a/../b/./c", "https://news.example.com/b/c")]
    [InlineData("https://user:pw@news.example.com/a", "https://news.example.com/a")]
    [InlineData("https://news.example.com./a", "https://news.example.com/a")]
    public void Canonicalize_NormalisesSchemeHostPortFragmentAndDots(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));

    [Theory]
    [InlineData("https://n.example/a?utm_source=rss&utm_medium=feed", "https://n.example/a")]
    [InlineData("https://n.example/a?id=7&utm_campaign=x", "https://n.example/a?id=7")]
    [InlineData("https://n.example/a?fbclid=IwAR0abc", "https://n.example/a")]
    [InlineData("https://n.example/a?gclid=1&mc_cid=2&mc_eid=3&igshid=4", "https://n.example/a")]
    [InlineData("https://n.example/a?UTM_Source=x&page=2", "https://n.example/a?page=2")]
    [InlineData("https://n.example/a?", "https://n.example/a")]
    public void Canonicalize_DropsTrackingParameters(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));

    [Fact]
    public void Canonicalize_SortsParametersButKeepsRepeatedKeysInOrder() =>
        Assert.Equal("https://n.example/s?a=1&tag=z&tag=y", UrlCanonicalizer.Canonicalize("https://n.example/s?tag=z&a=1&tag=y"));

    [Fact]
    public void Canonicalize_KeepsPathCaseAndWww() =>
        Assert.Equal("https://www.n.example/News/A", UrlCanonicalizer.Canonicalize("https://www.n.example/News/A"));

    [Fact]
    public void Canonicalize_ConvertsInternationalHostToPunycode() =>
        Assert.Equal("https://xn--nyhetr-fva.example/a", UrlCanonicalizer.Canonicalize("https://nyhetér.example/a"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://files.example/a")]
    [InlineData("mailto:desk@n.example")]
    public void Canonicalize_RejectsWhatIsNotAnArticleUrl(string input) => Assert.Null(UrlCanonicalizer.Canonicalize(input));

    [Fact]
    public void Canonicalize_FileUrlsDropTrackingParametersToo() =>
        Assert.Equal("file:///srv/mirror/a.html", UrlCanonicalizer.Canonicalize("file:///srv/mirror/a.html?utm_source=jsonfeed#top"));

    [Theory]
    [InlineData("https://n.example/world/", "story.html", "https://n.example/world/story.html")]
    [InlineData("https://n.example/world/", "/business/x?utm_source=a", "https://n.example/business/x")]
    [InlineData("https://n.example/world/", "//cdn.n.example/a", "https://cdn.n.example/a")]
    [InlineData("https://n.example/world/", "../a", "https://n.example/a")]
    public void Resolve_ResolvesRelativeLinksAgainstTheBase(string baseUrl, string href, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Resolve(new Uri(baseUrl), href));

    [Theory]
    [InlineData("javascript:void(0)")]
    [InlineData("#top")]
    [InlineData("mailto:x@n.example")]
    [InlineData("")]
    public void Resolve_IgnoresLinksThatAreNotPages(string href) => Assert.Null(UrlCanonicalizer.Resolve(new Uri("https://n.example/"), href));

    [Fact]
    public void Canonicalize_IsIdempotent()
    {
        var segment = Gen.Elements("a", "B", "news", "2026", "%7E", "x-y", "..", ".", "caf%C3%A9", "");
        var param = Gen.Elements("id=1", "utm_source=x", "page=2", "fbclid=abc", "q=a+b", "z", "tag=%20x", "a=1&a=2");
        var host = Gen.Elements("n.example", "NEWS.Example.com", "xn--nyhetr-fva.example", "a.b.example:8080", "n.example:443");
        var urls =
            from scheme in Gen.Elements("http", "https", "HTTPS")
            from h in host
            from path in Gen.ListOf(segment)
            from query in Gen.ListOf(param)
            from fragment in Gen.Elements("", "#x", "#")
            select $"{scheme}://{h}/{string.Join('/', path)}{(query.Count() > 0 ? "?" + string.Join('&', query) : "")}{fragment}";
        Prop.ForAll(urls.ToArbitrary(), url =>
        {
            var once = UrlCanonicalizer.Canonicalize(url);
            return once is not null && UrlCanonicalizer.Canonicalize(once) == once;
        }).QuickCheckThrowOnFailure();
    }
}
