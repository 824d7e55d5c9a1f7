using System.Collections.Frozen;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Claims;

/// <summary>The maintained list of attributes (attributes.txt): which words name what a value measures or dates, and which kinds
/// of value each attribute takes.</summary>
public static class AttributeLexicon
{
    /// <summary>One phrase of the lexicon: its words, the attribute it names and the claim kinds that attribute takes.</summary>
    public sealed record Entry(string[] Words, string Attribute, FrozenSet<string> Kinds);

    private static readonly FrozenDictionary<string, Entry[]> ByFirstWord = Load();

    /// <summary>Every attribute the lexicon names, for help text and checks.</summary>
    public static IReadOnlyList<string> Attributes { get; } =
        ByFirstWord.Values.SelectMany(e => e).Select(e => e.Attribute).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The attribute a phrase names for a value of <paramref name="kind"/>, or null ("layoffs" → "job cuts").</summary>
    public static string? Lookup(string phrase, string kind)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !ByFirstWord.TryGetValue(words[0], out var entries))
            return null;
        return entries.FirstOrDefault(e => e.Kinds.Contains(kind) && e.Words.AsSpan().SequenceEqual(words))?.Attribute;
    }

    /// <summary>The longest lexicon phrase that starts at token <paramref name="i"/> and names an attribute of <paramref name="kind"/>,
    /// as (entry, tokens it spans); null when none does.</summary>
    public static (Entry Entry, int Length)? MatchAt(TokenizedText t, int i, int end, string kind)
    {
        if (!t.IsWord(i) || !ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Lower(t, i, stackalloc char[64]), out var entries))
            return null;
        (Entry, int)? best = null;
        foreach (var e in entries)
        {
            if (!e.Kinds.Contains(kind) || i + e.Words.Length > end || (best is { } b && b.Item2 >= e.Words.Length))
                continue;
            var all = true;
            for (var k = 1; k < e.Words.Length && all; k++)
                all = t.Is(i + k, e.Words[k]);
            if (all)
                best = (e, e.Words.Length);
        }
        return best;
    }

    private static ReadOnlySpan<char> Lower(TokenizedText t, int i, Span<char> buffer)
    {
        var span = t.Span(i);
        if (span.Length > buffer.Length)
            return span;
        var n = span.ToLowerInvariant(buffer);
        return buffer[..n];
    }

    private static FrozenDictionary<string, Entry[]> Load()
    {
        using var stream = typeof(AttributeLexicon).Assembly.GetManifestResourceStream("claims/attributes.txt")
                           ?? throw new InvalidOperationException("the attribute lexicon (claims/attributes.txt) is not embedded");
        using var reader = new StreamReader(stream);
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (colon < 0 || open < 0 || close < open || close > colon)
                throw new InvalidOperationException($"attributes.txt: malformed line '{line}'");
            var attribute = line[..open].Trim();
            var kinds = line[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
            foreach (var phrase in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!byFirst.TryGetValue(words[0], out var list))
                    byFirst[words[0]] = list = [];
                list.Add(new Entry(words, attribute, kinds));
            }
        }
        return byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
