using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>
/// Inline content written beside blocks in one container ("&lt;h2&gt;…&lt;/h2&gt;&lt;b&gt;Date&lt;/b&gt;: 6 June&lt;br&gt;…")
/// is wrapped in a paragraph of its own, as a browser lays it out in an anonymous block: the body's text is then
/// counted, located and written like any other paragraph's.
/// </summary>
public static class AnonymousBlocks
{
    public static void Wrap(IElement root)
    {
        foreach (var e in Dom.Elements(root))
        {
            // Lists, cells, quotes and headings keep their own kind; only plain containers get anonymous paragraphs.
            if (e.LocalName is not ("div" or "section" or "article" or "main" or "body" or "center" or "form") || !IsMixed(e))
                continue;
            var group = new List<INode>();
            for (var n = e.FirstChild; n is not null;)
            {
                var next = n.NextSibling;
                if (n is IElement child && Tags.IsBlock(child.LocalName))
                {
                    WrapGroup(e, group, child);
                    group.Clear();
                }
                else
                {
                    group.Add(n);
                }
                n = next;
            }
            WrapGroup(e, group, null);
        }
    }

    private static bool IsMixed(IElement e)
    {
        var (text, block) = (false, false);
        for (var n = e.FirstChild; n is not null && !(text && block); n = n.NextSibling)
        {
            if (n is IElement c)
                block |= Tags.IsBlock(c.LocalName);
            else if (n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent))
                text = true;
        }
        return text && block;
    }

    private static void WrapGroup(IElement parent, List<INode> group, INode? before)
    {
        if (!group.Any(n => n is IElement || n.NodeType == NodeType.Text && !string.IsNullOrWhiteSpace(n.TextContent)))
            return;
        var p = parent.Owner!.CreateElement("p");
        parent.InsertBefore(p, before);
        foreach (var n in group)
            p.AppendChild(n);
    }
}
