using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NewsClaims.Core.Analysis.Numbers;

namespace NewsClaims.Core.Tests.Analysis.Numbers;

public class NumberTextTests
{
    [Theory]
    [InlineData("14,000", "14000", "1")]
    [InlineData("1,250,000", "1250000", "1")]
    [InlineData("7", "7", "1")]
    [InlineData("6.2", "6.2", "0.1")]
    [InlineData("7.50", "7.50", "0.01")]
    [InlineData("0.25", "0.25", "0.01")]
    [InlineData("14 000", "14000", "1")]
    public void TryParse_Digits(string text, string value, string step) => AssertParsed(text, value, step);

    [Theory]
    [InlineData("1.5m", "1500000", "100000")]
    [InlineData("6bn", "6000000000", "1000000000")]
    [InlineData("6 billion", "6000000000", "1000000000")]
    [InlineData("6.0 billion", "6000000000", "100000000")]
    [InlineData("3 million", "3000000", "1000000")]
    [InlineData("2.3 mn", "2300000", "100000")]
    [InlineData("300k", "300000", "1000")]
    [InlineData("1.2 trillion", "1200000000000", "100000000000")]
    [InlineData("107 Billion", "107000000000", "1000000000")]
    public void TryParse_DigitsWithScales(string text, string value, string step) => AssertParsed(text, value, step);

    [Theory]
    [InlineData("six", "6", "1")]
    [InlineData("fourteen", "14", "1")]
    [InlineData("forty-two", "42", "1")]
    [InlineData("two hundred", "200", "100")]
    [InlineData("two hundred and forty-five", "245", "1")]
    [InlineData("fourteen thousand", "14000", "1000")]
    [InlineData("a thousand", "1000", "1000")]
    [InlineData("a hundred", "100", "100")]
    [InlineData("three million", "3000000", "1000000")]
    [InlineData("one million two hundred thousand", "1200000", "1000")]
    [InlineData("a dozen", "12", "1")]
    [InlineData("two dozen", "24", "1")]
    [InlineData("Twenty", "20", "1")]
    [InlineData("nineteen hundred", "1900", "100")]
    [InlineData("one thousand nine hundred ninety-six", "1996", "1")]
    [InlineData("twenty five", "25", "1")]
    public void TryParse_Words(string text, string value, string step) => AssertParsed(text, value, step);

    [Theory]
    [InlineData("a third", 1.0 / 3)]
    [InlineData("two thirds", 2.0 / 3)]
    [InlineData("half", 0.5)]
    [InlineData("a quarter", 0.25)]
    [InlineData("three quarters", 0.75)]
    public void TryParse_FractionsAreExact(string text, double value)
    {
        Assert.True(NumberText.TryParse(text, out var n));
        Assert.Equal(value, (double)n.Value, 9);
        Assert.Equal(0m, n.Step);
    }

    [Theory]
    [InlineData("")]
    [InlineData("banana")]
    [InlineData("1.2.3")]
    [InlineData("6 bananas")]
    [InlineData("a")]
    [InlineData("and")]
    [InlineData("twelve apples")]
    [InlineData("14,00")]
    [InlineData("nineteen ninety-six")]
    [InlineData("five six")]
    [InlineData("twenty thirty")]
    [InlineData("twelve four")]
    public void TryParse_RejectsWhatIsNotANumber(string text) => Assert.False(NumberText.TryParse(text, out _));

    [Fact]
    public void Interval_IsHalfAStepEitherSide()
    {
        Assert.True(NumberText.TryParse("6 billion", out var n));
        Assert.Equal((5.5e9m, 6.5e9m), n.Interval);
    }

    [Fact]
    public void TryParse_DigitsWithSeparators_RoundTrip()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), value =>
        {
            var text = value.ToString("N0", CultureInfo.InvariantCulture);
            return NumberText.TryParse(text, out var n) && n.Value == value && n.Step == 1;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryParse_Decimals_RoundTripWithTheirPrecision()
    {
        var decimals = from whole in Gen.Choose(0, 999_999) from places in Gen.Choose(1, 4) from frac in Gen.Choose(0, 9999)
                       select (whole, places, frac: frac % (int)Math.Pow(10, places));
        Prop.ForAll(decimals.ToArbitrary(), d =>
        {
            var text = $"{d.whole}.{d.frac.ToString(CultureInfo.InvariantCulture).PadLeft(d.places, '0')}";
            var expected = decimal.Parse(text, CultureInfo.InvariantCulture);
            return NumberText.TryParse(text, out var n) && n.Value == expected && n.Step == (decimal)Math.Pow(10, -d.places);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TryParse_NumberWords_RoundTrip()
    {
        Prop.ForAll(Gen.Choose(1, 999_999_999).ToArbitrary(), value =>
            NumberText.TryParse(Spell(value), out var n) && n.Value == value).QuickCheckThrowOnFailure();
    }

    /// <summary>English words for a number, the way a reporter writes them: "two hundred and forty-five thousand".</summary>
    private static string Spell(int value)
    {
        string[] units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string Below1000(int n)
        {
            var parts = new List<string>();
            if (n >= 100)
                parts.Add(units[n / 100] + " hundred");
            var rest = n % 100;
            if (rest > 0)
            {
                var words = rest < 20 ? units[rest] : tens[rest / 10] + (rest % 10 > 0 ? "-" + units[rest % 10] : "");
                parts.Add(n >= 100 ? "and " + words : words);
            }
            return string.Join(' ', parts);
        }
        var groups = new List<string>();
        foreach (var (scale, name) in new[] { (1_000_000, "million"), (1_000, "thousand"), (1, "") })
        {
            var n = value / scale % 1000;
            if (n > 0)
                groups.Add((Below1000(n) + " " + name).Trim());
        }
        return string.Join(' ', groups);
    }

    private static void AssertParsed(string text, string value, string step)
    {
        Assert.True(NumberText.TryParse(text, out var n), $"'{text}' not parsed");
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), n.Value);
        Assert.Equal(decimal.Parse(step, CultureInfo.InvariantCulture), n.Step);
    }
}
