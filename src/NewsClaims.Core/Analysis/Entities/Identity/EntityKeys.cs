using System.Globalization;
using System.Text;

namespace NewsClaims.Core.Analysis.Entities.Identity;

/// <summary>Match keys for names across articles: the spellings that differ only in case, accents, punctuation, a leading
/// "The", a possessive, a company suffix or "US"/"United States" become one key.</summary>
public static class EntityKeys
{
    // Company forms that name the same company with or without them ("Apple Inc." and "Apple").
    private static readonly HashSet<string> CompanyForms =
        ["inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "llp", "plc", "ag", "sa", "nv", "gmbh"];

    private static readonly Dictionary<string, string> Countries = new()
    {
        ["us"] = "united states", ["usa"] = "united states", ["uk"] = "united kingdom", ["eu"] = "european union",
        ["uae"] = "united arab emirates",
    };

    // Words that do not count towards an acronym ("Bank of England" → BoE is not attempted; "Bank England" → BE is).
    private static readonly HashSet<string> SmallWords = ["of", "and", "for", "the", "de", "&", "a", "an", "in", "on", "to"];

    /// <summary>Which entities may share a key: organisations and outlets are one family (an outlet is also a company).</summary>
    public static string Family(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Location => "location",
        _ => "org",
    };

    /// <summary>The key of a name: lower case, no accents or punctuation, no leading "the", possessive or company form;
    /// "US", "U.S." and "USA" read as "united states".</summary>
    public static string Normalize(string name)
    {
        var words = Words(name);
        if (words.Count > 1 && words[0] == "the")
            words.RemoveAt(0);
        while (words.Count > 1 && CompanyForms.Contains(words[^1]))
            words.RemoveAt(words.Count - 1);
        for (var i = 0; i < words.Count; i++)
            if (Countries.TryGetValue(words[i], out var full))
                words[i] = full;
        return string.Join(' ', words);
    }

    /// <summary>True for a name written as an acronym: two to eight capitals, perhaps with dots or '&amp;' ("USPS", "U.S.", "AT&amp;T").</summary>
    public static bool IsAcronym(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsUpper(c))
                letters++;
            else if (c is not ('.' or '&'))
                return false;
        }
        return letters is >= 2 and <= 8;
    }

    /// <summary>The initials of a name of two or more words; an all-caps word counts whole ("US Postal Service" → USPS),
    /// small words not at all. Null when the name is one word or already an acronym.</summary>
    public static string? AcronymOf(string name)
    {
        if (IsAcronym(name))
            return null;
        var letters = new StringBuilder();
        var counted = 0;
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Trim('.', ',', '\'', '’', '"', '(', ')');
            if (w.Length == 0 || SmallWords.Contains(w.ToLowerInvariant()))
                continue;
            if (IsAcronym(w))
                letters.Append(w.Replace(".", "", StringComparison.Ordinal));
            else if (char.IsUpper(w[0]))
                letters.Append(w[0]);
            else
                return null;
            counted++;
        }
        return counted >= 2 && letters.Length >= 2 ? letters.ToString() : null;
    }

    /// <summary>How many words a name has (after the leading "the").</summary>
    public static int WordCount(string name) => Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<string> Words(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            // Dots and apostrophes join ("U.S." → us, "O'Brien" → obrien); other punctuation separates.
            if (c is '.' or '\'' or '’')
                continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c == '&' ? '&' : ' ');
        }
        var words = sb.ToString().Replace("&", " and ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // A possessive left as a trailing "s" word only after an apostrophe was removed: "Amazon's" → "amazons".
        if (words.Count > 0 && words[^1].Length > 1 && (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)))
            words[^1] = words[^1][..^1];
        return words;
    }
}
