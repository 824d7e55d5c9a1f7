using AngleSharp.Dom;

namespace NewsClaims.Core.Extraction.Html;

/// <summary>Tree walks without recursion, so a page nested thousands deep cannot overflow the stack.</summary>
public static class Dom
{
    /// <summary>Every element under <paramref name="root"/> (itself included) in document order.</summary>
    public static List<IElement> Elements(IElement root)
    {
        var list = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            list.Add(e);
            for (var child = e.LastElementChild; child is not null; child = child.PreviousElementSibling)
                stack.Push(child);
        }
        return list;
    }

    /// <summary>The element's text with whitespace collapsed, built without recursion.</summary>
    public static string Text(INode root)
    {
        var sb = new System.Text.StringBuilder();
        // null marks the end of a block: a block ends a line as well as starting one, so
        // "<p>Luke Kim</p><small>December 17, 2025</small>" is two words apart, not "KimDecember".
        var stack = new Stack<INode?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is null)
            {
                sb.Append(' ');
                continue;
            }
            if (n.NodeType == NodeType.Text)
            {
                sb.Append(n.TextContent);
                continue;
            }
            if (n is IElement el && Tags.IsBreak(el.LocalName))
            {
                sb.Append(' ');
                stack.Push(null);
            }
            for (var child = n.LastChild; child is not null; child = child.PreviousSibling)
                stack.Push(child);
        }
        return Whitespace.Collapse(sb.ToString());
    }

    /// <summary>True inside a code block, where classes name syntax ("hljs-comment", "token tag"), not page parts.</summary>
    public static bool InCode(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (p.LocalName is "pre" or "code")
                return true;
        return false;
    }

    public static bool IsAncestorOf(IElement ancestor, IElement node)
    {
        for (var p = node.ParentElement; p is not null; p = p.ParentElement)
            if (ReferenceEquals(p, ancestor))
                return true;
        return false;
    }

    public static bool Contains(IElement ancestor, IElement node) => ReferenceEquals(ancestor, node) || IsAncestorOf(ancestor, node);

    /// <summary>Space-separated class, id, role and itemprop, lower-cased with underscores as hyphens, for hint matching.</summary>
    public static string Hints(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        var role = e.GetAttribute("role");
        // A short aria-label names a part ("Share on Facebook", "Related stories"); a long one reads its text out
        // ("Published: 12:01 a.m. … | Updated: …") and says nothing about what the part is.
        var aria = e.GetAttribute("aria-label") is { Length: <= 40 } label ? label : null;
        // Templates built from components name their parts in data attributes when their classes are utility classes
        // ("mx-auto max-w-8xl"): data-component="related-links", data-testid="share-tools", data-module="more-in-recirc".
        var component = e.GetAttribute("data-component") ?? e.GetAttribute("data-testid") ?? e.GetAttribute("data-module") ?? e.GetAttribute("data-qa");
        if (cls is null && id is null && role is null && aria is null && component is null)
            return "";
        return string.Join(' ', cls, id, role, aria, component).ToLowerInvariant().Replace('_', '-');
    }
}
