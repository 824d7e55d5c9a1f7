namespace NewsClaims.Core.Analysis.Text;

/// <summary>Splits text into words, numbers and single punctuation characters, keeping character offsets.</summary>
/// <remarks>
/// Numbers keep their thousands separators and decimals ("1,234.5" is one token) so the recognisers never
/// re-join them; a possessive "'s" is split from its word so "today's" still reads as "today".
/// </remarks>
public static class Tokenizer
{
    public static TokenizedText Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var flags = TokenFlags.LineBefore;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                flags |= c is '\n' or '\r' or '\u2028' or '\u2029' ? TokenFlags.SpaceBefore | TokenFlags.LineBefore : TokenFlags.SpaceBefore;
                i++;
                continue;
            }
            int end;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                end = WordEnd(text, i);
                kind = TokenKind.Word;
                flags |= CaseFlags(text, i, end);
            }
            else if (char.IsAsciiDigit(c))
            {
                end = NumberEnd(text, i, ref flags);
                kind = TokenKind.Number;
            }
            else
            {
                end = i + 1;
                kind = TokenKind.Punct;
            }
            tokens.Add(new Token(i, end, kind, flags));
            flags = TokenFlags.None;
            i = end;
        }
        return new TokenizedText(text, tokens.ToArray());
    }

    private static int WordEnd(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (char.IsLetter(c) || c == '\u00AD')
            {
                j++;
                continue;
            }
            // An apostrophe inside a word ("didn't", "O'Brien") stays; a possessive "'s" becomes its own token.
            if ((c is '\'' or '\u2019') && j + 1 < text.Length && char.IsLetter(text[j + 1]))
            {
                var possessive = (text[j + 1] is 's' or 'S') && (j + 2 >= text.Length || !char.IsLetter(text[j + 2]));
                if (possessive)
                    break;
                j += 2;
                continue;
            }
            break;
        }
        return j;
    }

    private static int NumberEnd(string text, int i, ref TokenFlags flags)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
            j++;
        // Thousands groups: ",ddd" not followed by another digit; only after 1-3 leading digits.
        if (j - i <= 3)
        {
            while (j + 3 < text.Length + 0 && text[j] == ',' && Digits(text, j + 1, 3) && (j + 4 >= text.Length || !char.IsAsciiDigit(text[j + 4])))
            {
                j += 4;
                flags |= TokenFlags.Grouped;
            }
        }
        if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j += 2;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
                j++;
            flags |= TokenFlags.Decimal;
        }
        return j;
    }

    private static bool Digits(string text, int start, int count)
    {
        if (start + count > text.Length)
            return false;
        for (var k = start; k < start + count; k++)
            if (!char.IsAsciiDigit(text[k]))
                return false;
        return true;
    }

    private static TokenFlags CaseFlags(string text, int start, int end)
    {
        if (!char.IsUpper(text[start]))
            return TokenFlags.None;
        if (end - start < 2)
            return TokenFlags.Capitalised;
        for (var k = start + 1; k < end; k++)
            if (char.IsLower(text[k]))
                return TokenFlags.Capitalised;
        return TokenFlags.Capitalised | TokenFlags.AllCaps;
    }
}
