using System.Text;
using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>Writes the body's elements out as structured paragraphs, leaving furniture behind.</summary>
public static class ParagraphWriter
{
    public static List<Paragraph> Write(IReadOnlyList<IElement> roots, NodeStats stats)
    {
        var bodyText = roots.Sum(r => stats[r].PlainText);
        var output = new List<Paragraph>();
        var buffer = new StringBuilder();
        var kinds = new Stack<ParagraphKind>();

        void Flush()
        {
            if (buffer.Length == 0)
                return;
            var kind = kinds.Count > 0 ? kinds.Peek() : ParagraphKind.Paragraph;
            var text = kind == ParagraphKind.Preformatted ? buffer.ToString().Trim('\n', '\r') : Whitespace.Collapse(buffer.ToString());
            buffer.Clear();
            if (text.Length > 0 && text.Any(char.IsLetterOrDigit))
                output.Add(new Paragraph(kind, text));
        }

        // Work items: a node to enter, or (node, true) to leave a block element.
        var stack = new Stack<(INode Node, bool Leaving)>();
        foreach (var root in roots.Reverse())
            stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                buffer.Append(node.TextContent);
                continue;
            }
            if (node is not IElement e)
                continue;
            var tag = e.LocalName;
            if (leaving)
            {
                Flush();
                if (KindOf(tag) is not null)
                    kinds.Pop();
                continue;
            }
            if (tag == "br")
            {
                if (kinds.Count > 0 && kinds.Peek() == ParagraphKind.Preformatted)
                    buffer.Append('\n');
                else
                    Flush();
                continue;
            }
            if (Furniture.Skip(e, stats, bodyText))
                continue;
            if (tag is "td" or "th")
            {
                if (buffer.Length > 0)
                    buffer.Append(" | ");
            }
            else if (Tags.IsBlock(tag))
            {
                Flush();
                if (KindOf(tag) is { } kind)
                    kinds.Push(kinds.Count > 0 && kinds.Peek() == ParagraphKind.Quote && kind == ParagraphKind.Paragraph ? ParagraphKind.Quote : kind);
                stack.Push((e, true));
            }
            for (var child = e.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push((child, false));
        }
        Flush();
        return output;
    }

    private static ParagraphKind? KindOf(string tag) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ParagraphKind.Heading,
        "li" or "dt" or "dd" => ParagraphKind.ListItem,
        "blockquote" => ParagraphKind.Quote,
        "tr" => ParagraphKind.TableRow,
        "pre" => ParagraphKind.Preformatted,
        "p" => ParagraphKind.Paragraph,
        _ => null,
    };
}
