using System.Net;
using System.Text;

namespace NewsClaims.Core.Extraction.Html;

/// <summary>A plain-text article as the HTML page it stands for, so one extractor reads both: each line is a paragraph, unless
/// the text is hard-wrapped (short lines in blocks between blank lines), when each block is one.</summary>
public static class PlainTextPage
{
    public static bool IsPlainText(string? contentType) =>
        contentType is not null && contentType.TrimStart().StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    public static string ToHtml(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();
        var wrapped = IsHardWrapped(lines);
        var html = new StringBuilder("<!DOCTYPE html><html><body><article>\n");
        var block = new List<string>();
        void Flush()
        {
            if (block.Count > 0)
                html.Append("<p>").Append(WebUtility.HtmlEncode(string.Join(' ', block))).Append("</p>\n");
            block.Clear();
        }
        foreach (var line in lines)
        {
            if (line.Length > 0)
                block.Add(line);
            if (line.Length == 0 || !wrapped)
                Flush();
        }
        Flush();
        return html.Append("</article></body></html>").ToString();
    }

    // Wrapped text (mail, plain-text wires) has blocks of several lines, nearly all short; pasted articles have a long line each.
    private static bool IsHardWrapped(List<string> lines)
    {
        var text = lines.Count(l => l.Length > 0);
        var blocks = lines.Where((l, i) => l.Length > 0 && (i == 0 || lines[i - 1].Length == 0)).Count();
        return blocks > 0 && text >= 2 * blocks && lines.Count(l => l.Length is > 0 and <= 100) >= 0.8 * text;
    }
}
