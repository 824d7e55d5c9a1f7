using System.Globalization;

namespace NewsClaims.Core.Analysis.Text;

/// <summary>A text with its tokens, their lexicon entries and sentence boundaries, shared by every recogniser.</summary>
public sealed class TokenizedText
{
    private readonly WordInfo?[] _info;
    private readonly bool[] _looked;
    private int[]? _sentenceOf;
    private int[]? _sentenceStarts;

    public TokenizedText(string text, Token[] tokens)
    {
        Text = text;
        Tokens = tokens;
        _info = new WordInfo?[tokens.Length];
        _looked = new bool[tokens.Length];
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public int Count => Tokens.Length;

    public Token this[int i] => Tokens[i];
    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);
    public string TextOf(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    public bool IsWord(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Word;
    public bool IsNumber(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Number;
    public bool IsPunct(int i, char c) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Punct && Text[Tokens[i].Start] == c;
    public bool IsDash(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Punct && Text[Tokens[i].Start] is '-' or '\u2013' or '\u2014' or '\u2012';

    /// <summary>True when token i is the given word, ignoring case.</summary>
    public bool Is(int i, string word) =>
        (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Word && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token i is one of the given words, ignoring case.</summary>
    public bool IsAny(int i, params ReadOnlySpan<string> words)
    {
        if (!IsWord(i))
            return false;
        var span = Span(i);
        foreach (var w in words)
            if (span.Equals(w, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>The lexicon entry of token i, or null for words the lexicon does not know and for non-words.</summary>
    public WordInfo? Info(int i)
    {
        if ((uint)i >= (uint)Tokens.Length)
            return null;
        if (!_looked[i])
        {
            _looked[i] = true;
            _info[i] = Tokens[i].Kind == TokenKind.Word ? Lexicon.Find(Span(i)) : null;
        }
        return _info[i];
    }

    public bool Has(int i, WordClass c) => Info(i) is { } info && (info.Classes & c) != 0;

    /// <summary>The number token's value ("14,000" → 14000), or null when token i is not a number.</summary>
    public decimal? Number(int i)
    {
        if (!IsNumber(i))
            return null;
        var span = Span(i);
        Span<char> buffer = stackalloc char[span.Length];
        var n = 0;
        foreach (var c in span)
            if (c != ',')
                buffer[n++] = c;
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>A plain integer token's value (no separators, no decimals, at most 9 digits), else -1.</summary>
    public int Integer(int i)
    {
        if (!IsNumber(i) || Tokens[i].Has(TokenFlags.Decimal | TokenFlags.Grouped) || Tokens[i].Length > 9)
            return -1;
        return int.Parse(Span(i), CultureInfo.InvariantCulture);
    }

    /// <summary>Digits in a plain integer token, else 0.</summary>
    public int Digits(int i) => Integer(i) >= 0 ? Tokens[i].Length : 0;

    /// <summary>Index of the token that holds character <paramref name="offset"/>, or of the first token after it.</summary>
    public int IndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the sentence that holds token i.</summary>
    public int SentenceOf(int i)
    {
        EnsureSentences();
        return _sentenceOf![i];
    }

    /// <summary>First token of the sentence that holds token i.</summary>
    public int SentenceStart(int i)
    {
        var s = SentenceOf(i);
        return _sentenceStarts![s];
    }

    /// <summary>One past the last token of the sentence that holds token i.</summary>
    public int SentenceEnd(int i)
    {
        var s = SentenceOf(i);
        return s + 1 < _sentenceStarts!.Length ? _sentenceStarts[s + 1] : Tokens.Length;
    }

    private void EnsureSentences()
    {
        if (_sentenceOf is not null)
            return;
        var of = new int[Tokens.Length];
        var starts = new List<int> { 0 };
        for (var i = 1; i < Tokens.Length; i++)
        {
            if (Sentences.StartsAt(this, i))
                starts.Add(i);
            of[i] = starts.Count - 1;
        }
        _sentenceStarts = starts.ToArray();
        _sentenceOf = of;
    }
}
