using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Figures;

internal enum UnitKind
{
    Money,
    Percent,
    Quantity,
    Time,
}

internal sealed partial class FigureMatcher
{
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["CAN"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD", ["HK"] = "HKD", ["NZ"] = "NZD",
        ["S"] = "SGD", ["SG"] = "SGD", ["R"] = "BRL", ["MX"] = "MXN", ["NT"] = "TWD",
    };

    private static readonly Dictionary<string, string> DollarNations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD", ["American"] = "USD", ["Canadian"] = "CAD", ["Australian"] = "AUD", ["Singapore"] = "SGD", ["Taiwan"] = "TWD",
        ["Zealand"] = "NZD", ["Kong"] = "HKD",
    };

    /// <summary>A currency written before the number: "$", "US$", "€", "£", "¥", "USD", "Rs.".</summary>
    private string? CurrencyBefore(int first, out int currencyFirst)
    {
        var p = first - 1;
        currencyFirst = p;
        if (p < 0 || Skipped(p))
            return null;
        if (t[p].Kind == TokenKind.Punct)
        {
            var code = t.Text[t[p].Start] switch
            {
                '$' => "USD", '€' => "EUR", '£' => "GBP", '¥' => "JPY", '₹' => "INR", '₩' => "KRW", '₽' => "RUB", '₺' => "TRY",
                '₦' => "NGN", '₪' => "ILS", '₱' => "PHP", _ => null,
            };
            if (code == "USD" && t.IsWord(p - 1) && t[p].Attached && DollarPrefixes.TryGetValue(t.Span(p - 1).ToString(), out var prefixed))
            {
                currencyFirst = p - 1;
                return prefixed;
            }
            if (code == "JPY" && t.Is(first + 1, "yuan"))
                return "CNY";
            // "Rs. 500": the abbreviation's point sits between the code and the number.
            if (t.IsPunct(p, '.') && t.Is(p - 1, "Rs"))
            {
                currencyFirst = p - 1;
                return "INR";
            }
            return code;
        }
        if (t.Has(p, WordClass.Currency) && (t[p].Has(TokenFlags.AllCaps) && t.Span(p).Length == 3 || t.Is(p, "Rs")))
            return t.Info(p)!.Currency;
        return null;
    }

    /// <summary>What follows a number: "%", "percent", "percentage points", "dollars", "Canadian dollars", "cents", "km", "square feet", "years".</summary>
    private (UnitKind? Kind, string? Unit, int Last, decimal Factor) UnitAfter(int k)
    {
        if (k >= t.Count || Skipped(k))
            return (null, null, k - 1, 1);
        if (t.IsPunct(k, '%'))
            return (UnitKind.Percent, "%", k, 1);
        if (t.IsAny(k, "percent", "pct") || t.Is(k, "per") && t.Is(k + 1, "cent"))
            return (UnitKind.Percent, "%", t.Is(k, "per") ? k + 1 : k, 1);
        if (t.Is(k, "percentage") && t.IsAny(k + 1, "point", "points"))
            return (UnitKind.Percent, "pp", k + 1, 1);
        if (t.Is(k, "basis") && t.IsAny(k + 1, "point", "points"))
            return (UnitKind.Percent, "bp", k + 1, 1);
        if (t.IsAny(k, "bps", "bp"))
            return (UnitKind.Percent, "bp", k, 1);
        if (t.IsDash(k) && t[k].Attached && t.Has(k + 1, WordClass.TimeUnit) && t[k + 1].Attached)
            return (UnitKind.Time, null, k + 1, 1);
        if (t.Has(k, WordClass.TimeUnit) && !t.IsAny(k, "d", "h", "w", "y", "mo", "min", "quarter", "quarters", "second") || t.Is(k, "second") && !t.Has(k - 1, WordClass.Ordinal))
            return (UnitKind.Time, null, k, 1);
        // "5 billion Canadian dollars", "HK$" is handled before the number; here the nationality comes after.
        var n = k;
        if ((t.Is(n, "Hong") || t.Is(n, "New")) && t.IsAny(n + 1, "Kong", "Zealand"))
            n++;
        if (DollarNations.ContainsKey(t.Span(n).ToString()) && t.IsAny(n + 1, "dollars", "dollar"))
            return (UnitKind.Money, DollarNations[t.Span(n).ToString()], n + 1, 1);
        if (t.Has(k, WordClass.Currency) && (!t[k].Has(TokenFlags.Capitalised) || t[k].Has(TokenFlags.AllCaps)))
        {
            if (t.IsAny(k, "pounds", "pound") && t.Is(k + 1, "of"))
                return (UnitKind.Quantity, "lb", k, 1);
            if (t.IsAny(k, "cents", "cent", "pence"))
                return (UnitKind.Money, t.Info(k)!.Currency, k, 0.01m);
            if (t.IsAny(k, "won") && !t.IsNumber(k - 1) && !t.Has(k - 1, WordClass.Scale))
                return (null, null, k - 1, 1);
            return (UnitKind.Money, t.Info(k)!.Currency, k, 1);
        }
        if (t.IsAny(k, "square", "sq") && t.Has(k + 1, WordClass.Unit))
            return (UnitKind.Quantity, "sq " + t.Info(k + 1)!.Unit, k + 1, 1);
        if (t.Is(k, "cubic") && t.Has(k + 1, WordClass.Unit))
            return (UnitKind.Quantity, "cu " + t.Info(k + 1)!.Unit, k + 1, 1);
        if (t.Is(k, "degrees") && t.IsAny(k + 1, "Celsius", "Fahrenheit", "C", "F"))
            return (UnitKind.Quantity, t.Span(k + 1)[0] is 'C' or 'c' ? "°C" : "°F", k + 1, 1);
        if (t.Has(k, WordClass.Unit) && !t.Is(k, "percentage") && (t[k].Attached || t.Span(k).Length > 1))
            return (UnitKind.Quantity, t.Info(k)!.Unit, k, 1);
        return (null, null, k - 1, 1);
    }

    /// <summary>Qualifier phrases, longest first: the words, what they do to the interval, and whether only values below are allowed.</summary>
    private static readonly (string[] Words, Qualifier Qualifier, bool Nearly)[] Qualifiers =
    [
        (["no", "less", "than"], Qualifier.AtLeast, false), (["no", "fewer", "than"], Qualifier.AtLeast, false),
        (["not", "less", "than"], Qualifier.AtLeast, false), (["in", "excess", "of"], Qualifier.AtLeast, false),
        (["no", "more", "than"], Qualifier.AtMost, false), (["as", "many", "as"], Qualifier.AtMost, false),
        (["as", "much", "as"], Qualifier.AtMost, false), (["as", "high", "as"], Qualifier.AtMost, false),
        (["as", "few", "as"], Qualifier.AtLeast, false), (["as", "little", "as"], Qualifier.AtLeast, false),
        (["a", "maximum", "of"], Qualifier.AtMost, false), (["a", "minimum", "of"], Qualifier.AtLeast, false),
        (["more", "than"], Qualifier.AtLeast, false), (["greater", "than"], Qualifier.AtLeast, false), (["at", "least"], Qualifier.AtLeast, false),
        (["upwards", "of"], Qualifier.AtLeast, false), (["north", "of"], Qualifier.AtLeast, false), (["just", "over"], Qualifier.AtLeast, false),
        (["well", "over"], Qualifier.AtLeast, false), (["less", "than"], Qualifier.AtMost, false), (["fewer", "than"], Qualifier.AtMost, false),
        (["at", "most"], Qualifier.AtMost, false), (["up", "to"], Qualifier.AtMost, false), (["just", "under"], Qualifier.AtMost, false),
        (["close", "to"], Qualifier.Approx, true), (["an", "estimated"], Qualifier.Approx, false), (["just", "shy"], Qualifier.Approx, true),
        (["nearly"], Qualifier.Approx, true), (["almost"], Qualifier.Approx, true), (["approaching"], Qualifier.Approx, true),
        (["under"], Qualifier.AtMost, false), (["below"], Qualifier.AtMost, false),
        (["about"], Qualifier.Approx, false), (["around"], Qualifier.Approx, false), (["roughly"], Qualifier.Approx, false),
        (["approximately"], Qualifier.Approx, false), (["circa"], Qualifier.Approx, false), (["some"], Qualifier.Approx, false),
        (["estimated"], Qualifier.Approx, false), (["approx"], Qualifier.Approx, false),
    ];

    /// <summary>Words before a figure that bound it: "more than", "at least", "up to", "nearly", "about".</summary>
    private (Qualifier? Qualifier, int First, bool Nearly) QualifierBefore(int start)
    {
        var p = start - 1;
        if (p < 0 || !t.IsWord(p))
            return (null, start, false);
        foreach (var (words, qualifier, nearly) in Qualifiers)
        {
            var first = p - words.Length + 1;
            var match = first >= 0;
            for (var k = 0; match && k < words.Length; k++)
                match = t.Is(first + k, words[k]);
            if (match)
                return (qualifier, first, nearly);
        }
        // "over" bounds a figure, except in "from over…" where it is part of a change.
        if (t.IsAny(p, "over", "above", "exceeding", "topping"))
            return t.Is(p - 1, "from") ? (null, start, false) : (Qualifier.AtLeast, p, false);
        return (null, start, false);
    }

    /// <summary>"or so", "-plus", "-odd" after a figure.</summary>
    private (Qualifier Qualifier, int Last)? TrailingQualifier(int k)
    {
        if (t.Is(k, "or") && t.Is(k + 1, "so"))
            return (Qualifier.Approx, k + 1);
        if (t.IsDash(k) && t[k].Attached && t.IsAny(k + 1, "plus", "odd"))
            return (t.Is(k + 1, "plus") ? Qualifier.AtLeast : Qualifier.Approx, k + 1);
        if (t.Is(k, "plus") && !t.IsNumber(k + 1) && !t.IsPunct(k + 1, '$'))
            return (Qualifier.AtLeast, k);
        return null;
    }

    private static readonly HashSet<string> ChangeGlue = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "to", "a", "an", "the", "its", "their", "his", "her", "some", "another", "further", "additional", "sharply", "slightly",
        "nearly", "almost", "about", "around", "roughly", "just", "only", "more", "than", "at", "least", "as", "much", "much",
    };

    /// <summary>A change verb or adverb governing the figure: "fell 3%", "rose by 5 points", "up 2.1%", "were down 4%".</summary>
    private ChangeDirection? ChangeBefore(int start)
    {
        // "rose 12 percent to $4.1 billion": the result shares the change's direction.
        if (t.Is(start - 1, "to") && _found.Count > 0 && _found[^1].End == t[start - 2 < 0 ? 0 : start - 2].End && _found[^1].Direction is { } inherited)
            return inherited;
        var reach = 4;
        for (var p = start - 1; p >= 0 && p >= start - reach; p--)
        {
            if (!t.IsWord(p))
                return null;
            if (t.Has(p, WordClass.ChangeUp))
                return ChangeDirection.Up;
            if (t.Has(p, WordClass.ChangeDown))
                return ChangeDirection.Down;
            // "cut its forecast by 0.3 points": after "by", the verb may sit a few words further back.
            if (t.Is(p, "by"))
            {
                reach = start - p + 4;
                continue;
            }
            if (reach == 4 && !ChangeGlue.Contains(t.Span(p).ToString()))
                return null;
        }
        return null;
    }

    /// <summary>A change noun or comparative after the figure: "a 3% rise", "5% higher", "a 10 percent cut".</summary>
    private ChangeDirection? ChangeAfter(int k)
    {
        if (!t.Has(k, WordClass.ChangeNoun) && !t.IsAny(k, "higher", "lower", "up", "down"))
            return null;
        return t.Has(k, WordClass.ChangeUp) ? ChangeDirection.Up : t.Has(k, WordClass.ChangeDown) ? ChangeDirection.Down : null;
    }
}
