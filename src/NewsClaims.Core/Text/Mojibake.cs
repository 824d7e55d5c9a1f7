using System.Text;

namespace NewsClaims.Core.Text;

/// <summary>
/// Repairs UTF-8 text that was decoded once as Latin-1 or Windows-1252 and stored that way ("Investorâ€™s" for
/// "Investor’s"): some pages serve such text inside otherwise correct UTF-8, so no charset choice can fix it.
/// </summary>
/// <remarks>
/// Only exact UTF-8 sequences are rewritten: a lead character (Â–ô) followed by exactly the number of continuation
/// characters its byte announces, each mapping back to a byte 0x80–0xBF. "café’s" stays as it is.
/// </remarks>
public static class Mojibake
{
    // Windows-1252's characters for the bytes 0x80–0x9F (Latin-1 has C1 controls there).
    private const string Cp1252High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                                      + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string Repair(string text)
    {
        if (!MayContain(text))
            return text;
        var sb = new StringBuilder(text.Length);
        var bytes = new byte[4];
        for (var i = 0; i < text.Length;)
        {
            var need = Continuations(text[i]);
            if (need > 0 && TryBytes(text, i, need, bytes))
            {
                var decoded = Encoding.UTF8.GetString(bytes, 0, need + 1);
                if (!decoded.Contains('\uFFFD'))
                {
                    sb.Append(decoded);
                    i += need + 1;
                    continue;
                }
            }
            sb.Append(text[i]);
            i++;
        }
        return sb.ToString();
    }

    private static bool MayContain(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
            if (Continuations(text[i]) > 0 && ContinuationByte(text[i + 1]) >= 0)
                return true;
        return false;
    }

    // The lead byte's UTF-8 length, read from the character Latin-1 shows for it.
    private static int Continuations(char c) => c switch
    {
        >= '\u00C2' and <= '\u00DF' => 1,
        >= '\u00E0' and <= '\u00EF' => 2,
        >= '\u00F0' and <= '\u00F4' => 3,
        _ => 0,
    };

    private static bool TryBytes(string text, int i, int need, byte[] bytes)
    {
        if (i + need >= text.Length)
            return false;
        bytes[0] = (byte)text[i];
        for (var k = 1; k <= need; k++)
        {
            var b = ContinuationByte(text[i + k]);
            if (b < 0)
                return false;
            bytes[k] = (byte)b;
        }
        return true;
    }

    /// <summary>The byte 0x80–0xBF a character stands for when Latin-1 (C1 controls) or Windows-1252 (€, ’, “ …) decoded it, else -1.</summary>
    private static int ContinuationByte(char c)
    {
        if (c is >= '\u0080' and <= '\u00BF')
            return c;
        if (c < '\u0100')
            return -1;
        var k = Cp1252High.IndexOf(c);
        return k < 0 ? -1 : 0x80 + k;
    }
}
