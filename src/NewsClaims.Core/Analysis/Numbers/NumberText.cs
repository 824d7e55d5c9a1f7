using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsClaims.Core.Analysis.Numbers;

/// <summary>Reads the text of one number as news writes it: "14,000", "6.2", "1.5m", "$6bn"'s "6bn", "3 million",
/// "fourteen thousand", "two hundred and forty-five", "a dozen", "a third", "two thirds".</summary>
/// <remarks>
/// The caller has already found the span (the figure recogniser); this only turns its text into a value and
/// the precision the wording states. Digits with separators are read with commas as thousands separators and a
/// point as the decimal mark, as English-language outlets write them.
/// </remarks>
public static partial class NumberText
{
    public static bool TryParse(string text, out ParsedNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var normal = text.Trim().ToLowerInvariant().Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var digits = Digits().Match(normal);
        if (digits.Success)
            return TryDigits(digits, out number);
        return TryWords(Words().Split(normal).Where(w => w.Length > 0 && w != "and").ToArray(), out number);
    }

    private static bool TryDigits(Match m, out ParsedNumber number)
    {
        number = default;
        var whole = m.Groups["int"].Value.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var fraction = m.Groups["frac"].Value;
        if (!decimal.TryParse(fraction.Length > 0 ? $"{whole}.{fraction}" : whole, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;
        var step = fraction.Length > 0 ? Pow10(-fraction.Length) : 1m;
        var scaleWord = m.Groups["scale"].Value;
        if (scaleWord.Length > 0)
        {
            if (!NumberWords.Scales.TryGetValue(scaleWord, out var scale))
                return false;
            value *= scale;
            step *= scale;
        }
        number = new ParsedNumber(value, step);
        return true;
    }

    /// <summary>Composes number words: units and tens add, "hundred" multiplies the group, a scale word closes it.</summary>
    private static bool TryWords(string[] words, out ParsedNumber number)
    {
        number = default;
        if (words.Length == 0)
            return false;
        decimal total = 0, group = 0, step = 1;  // total: closed groups; group: the words since the last scale word
        var below = 0;  // the part of the group said after its "hundred": "ninety" may take a unit, "nineteen" nothing
        var seenNumber = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if ((w is "a" or "an") && i == 0)
            {
                group = 1;
                continue;
            }
            if (NumberWords.Units.TryGetValue(w, out var unit))
            {
                // "twenty five" composes; "nineteen ninety" and "five six" are not one number.
                if (below != 0 && (unit >= 10 || below < 20 || below % 10 != 0))
                    return false;
                below += unit;
                group += unit;
                step = 1;
            }
            else if (NumberWords.Tens.TryGetValue(w, out var ten))
            {
                if (below != 0)
                    return false;
                below = ten;
                group += ten;
                step = 1;
            }
            else if (w == "hundred")
            {
                group = (group == 0 ? 1 : group) * 100;
                below = 0;
                step = 100;
            }
            else if (w is "dozen" or "dozens" && i == words.Length - 1)
            {
                group = (group == 0 ? 1 : group) * 12;
                step = 1;
            }
            else if (NumberWords.Scales.TryGetValue(w, out var scale) && w.Length > 2)
            {
                total += (group == 0 ? 1 : group) * scale;
                group = 0;
                below = 0;
                step = scale;
            }
            else if (NumberWords.Fractions.TryGetValue(w, out var fraction) && i == words.Length - 1)
            {
                // "a third", "two thirds", "half": exact values, however many digits they need.
                number = new ParsedNumber((group == 0 ? 1 : group) * fraction, 0m);
                return true;
            }
            else
            {
                return false;
            }
            seenNumber = true;
        }
        if (!seenNumber)
            return false;
        // step is the unit of the last word read: 1 after units and tens, 100 after "hundred", the scale after "thousand" etc.
        number = new ParsedNumber(total + group, step);
        return true;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < -exponent; i++)
            result /= 10;
        return result;
    }

    [GeneratedRegex(@"^(?<int>\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(?<frac>\d+))?\s*(?<scale>[a-z]+)?$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex Words();
}
