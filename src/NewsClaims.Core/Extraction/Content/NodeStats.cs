using AngleSharp.Dom;
using NewsClaims.Core.Extraction.Html;

namespace NewsClaims.Core.Extraction.Content;

/// <summary>Text and link-text lengths of every element, computed in one pass from the leaves up.</summary>
public sealed class NodeStats
{
    private readonly Dictionary<IElement, Counts> _counts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Text characters (whitespace collapsed), characters inside links, and commas.</summary>
    public readonly record struct Counts(int Text, int LinkText, int Commas)
    {
        public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
        public int PlainText => Text - LinkText;
    }

    public NodeStats(IReadOnlyList<IElement> elementsInDocumentOrder)
    {
        // In reverse document order every element comes after all of its descendants.
        for (var i = elementsInDocumentOrder.Count - 1; i >= 0; i--)
        {
            var e = elementsInDocumentOrder[i];
            int text = 0, link = 0, commas = 0;
            for (var child = e.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child.NodeType == NodeType.Text)
                {
                    var s = child.TextContent;
                    text += Whitespace.CollapsedLength(s);
                    commas += CountCommas(s);
                }
                else if (child is IElement ce && _counts.TryGetValue(ce, out var c))
                {
                    text += c.Text;
                    link += c.LinkText;
                    commas += c.Commas;
                }
            }
            if (e.LocalName == "a")
                link = text;
            _counts[e] = new Counts(text, link, commas);
        }
    }

    public Counts this[IElement e] => _counts.TryGetValue(e, out var c) ? c : default;

    private static int CountCommas(string s)
    {
        var n = 0;
        foreach (var ch in s)
            if (ch is ',' or '，' or '、')
                n++;
        return n;
    }
}
