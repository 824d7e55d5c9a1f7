using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities.Tagging;

/// <summary>The tagger's features for one token, hashed (no strings allocated): the word and its neighbours, shapes, affixes,
/// the labels already given to the tokens before it, and the gazetteer hints.</summary>
public static class TaggerFeatures
{
    /// <summary>Room enough for every feature of one token.</summary>
    public const int Max = 40;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Writes the feature hashes of token <paramref name="i"/> of the sentence [start, end); returns how many.</summary>
    public static int Extract(TokenizedText t, int start, int end, int i, ReadOnlySpan<GazetteerHint> hints, byte prev, byte prev2,
        bool shouting, Span<ulong> f)
    {
        var n = 0;
        var w = t.Span(i);
        f[n++] = Mix(1, 0);
        f[n++] = Word(2, w);
        f[n++] = Word(3, Near(t, start, end, i - 1));
        f[n++] = Word(4, Near(t, start, end, i + 1));
        f[n++] = Word(5, Near(t, start, end, i - 2));
        f[n++] = Word(6, Near(t, start, end, i + 2));
        var shape = Shape(w);
        f[n++] = Mix(7, shape);
        f[n++] = Mix(8, i - 1 >= start ? Shape(t.Span(i - 1)) : 1);
        f[n++] = Mix(9, i + 1 < end ? Shape(t.Span(i + 1)) : 1);
        f[n++] = Word(10, w[..Math.Min(3, w.Length)]);
        f[n++] = Word(11, w[Math.Max(0, w.Length - 3)..]);
        f[n++] = Word(12, w[Math.Max(0, w.Length - 2)..]);
        f[n++] = Word(13, w[Math.Max(0, w.Length - 4)..]);
        f[n++] = Mix(14, prev);
        f[n++] = Mix(15, (ulong)prev << 8 | prev2);
        f[n++] = Mix(Word(16, w), prev);
        f[n++] = Mix(17, (ulong)(i == start ? 1 : 0) << 32 | shape);
        f[n++] = Mix(Word(18, Near(t, start, end, i - 1)), Word(0, w));
        f[n++] = Mix(Word(19, w), Word(0, Near(t, start, end, i + 1)));
        f[n++] = Mix(20, (ulong)(shouting ? 1 : 0) << 32 | shape);
        f[n++] = Mix(21, (ulong)Math.Min(w.Length, 12));
        var h = Hint(hints, start, end, i);
        f[n++] = Mix(22, (ulong)h);
        f[n++] = Mix(23, (ulong)Hint(hints, start, end, i - 1));
        f[n++] = Mix(24, (ulong)Hint(hints, start, end, i + 1));
        f[n++] = Mix(25, (ulong)h << 8 | prev);
        f[n++] = Mix(26, (ulong)Hint(hints, start, end, i + 2));
        f[n++] = Mix(Mix(27, shape), prev);
        f[n++] = Mix(Word(28, Near(t, start, end, i - 1)), prev);
        return n;
    }

    /// <summary>Whether the sentence is written in capitals (a headline, a label): then case says nothing.</summary>
    public static bool IsShouting(TokenizedText t, int start, int end)
    {
        int words = 0, caps = 0;
        for (var i = start; i < end; i++)
        {
            if (!t.IsWord(i) || t[i].Length < 2)
                continue;
            words++;
            if (t[i].Has(TokenFlags.AllCaps))
                caps++;
        }
        return words >= 3 && caps * 10 >= words * 8;
    }

    private static ReadOnlySpan<char> Near(TokenizedText t, int start, int end, int j) =>
        j < start ? "<s>" : j >= end ? "</s>" : t.Span(j);

    private static GazetteerHint Hint(ReadOnlySpan<GazetteerHint> hints, int start, int end, int j) =>
        j < start || j >= end ? GazetteerHint.None : hints[j - start];

    /// <summary>A case-folded hash of the text under a template number.</summary>
    private static ulong Word(ulong template, ReadOnlySpan<char> s)
    {
        var h = Offset ^ template * 0x9E3779B97F4A7C15UL;
        foreach (var c in s)
        {
            h ^= char.ToLowerInvariant(c);
            h *= Prime;
        }
        return h;
    }

    private static ulong Mix(ulong a, ulong b)
    {
        var h = (a ^ 0x9E3779B97F4A7C15UL) * Prime;
        h ^= b + 0x632BE59BD9B4E019UL + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 31);
    }

    /// <summary>The word's shape with runs shortened: "Steiner" → Xx, "USPS" → X, "McDonald" → XxXx, "2026" → d, "U.S." → X.X.</summary>
    private static ulong Shape(ReadOnlySpan<char> w)
    {
        ulong h = 7;
        var last = '\0';
        var len = 0;
        foreach (var c in w)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last)
                continue;
            last = k;
            h = h * 31 + k;
            if (++len == 6)
                break;
        }
        return h;
    }
}
