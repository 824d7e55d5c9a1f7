using NewsClaims.Web.Rendering;
using NewsClaims.Web.Security;

namespace NewsClaims.App.Tests.Review;

/// <summary>The rules the review server's safety rests on, checked on their own.</summary>
public sealed class ReviewSecurityTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.2:0", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://review.example.org", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool loopback) =>
        Assert.Equal(loopback, Binding.IsLoopbackOnly([url]));

    [Fact]
    public void One_address_beyond_loopback_makes_the_whole_server_reachable() =>
        Assert.False(Binding.IsLoopbackOnly(["http://127.0.0.1:5080", "http://0.0.0.0:5081"]));

    [Fact]
    public void Interpolated_values_are_encoded_and_only_Html_passes_through()
    {
        var scraped = """<script>alert("x")</script> & 'quotes' — Zürich""";
        var html = Html.Of($"""<p title="{scraped}">{scraped}{Html.Of($"<b>{1200.5}</b>")}</p>""");
        Assert.Equal("""<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quotes&#x27; — Zürich">"""
                     + """&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quotes&#x27; — Zürich<b>1200.5</b></p>""", html.Value);
    }

    [Theory]
    [InlineData("https://news.example/a", true)]
    [InlineData("http://news.example/a", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/path", false)]
    public void Only_web_addresses_become_links(string url, bool link) => Assert.Equal(link, Html.IsWebUrl(url));
}
