using NewsClaims.Core.Text;

namespace NewsClaims.Core.Tests.Text;

public sealed class MojibakeTests
{
    [Theory]
    [InlineData("Investorâ€™s guide", "Investor’s guide")]                     // decoded as Windows-1252
    [InlineData("Investorâ\u0080\u0099s guide", "Investor’s guide")]          // decoded as Latin-1
    [InlineData("Prices in Â£ and â‚¬", "Prices in £ and €")]
    [InlineData("CafÃ© society", "Café society")]
    public void Doubly_decoded_utf8_is_repaired(string broken, string expected) => Assert.Equal(expected, Mojibake.Repair(broken));

    [Theory]
    [InlineData("The café’s terrace")]
    [InlineData("Voilà… the end")]
    [InlineData("São Paulo and Zürich")]
    [InlineData("plain ascii")]
    public void Correct_text_is_left_alone(string text) => Assert.Equal(text, Mojibake.Repair(text));
}
