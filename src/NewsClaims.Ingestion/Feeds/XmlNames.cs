using System.Xml.Linq;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>Namespace-tolerant element look-ups: real feeds mix, omit and misspell namespaces.</summary>
internal static class XmlNames
{
    public static IEnumerable<XElement> Children(this XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(this XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static string? ChildText(this XElement parent, string localName)
    {
        var value = parent.Child(localName)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The first child among <paramref name="localNames"/> (in preference order) that has text.</summary>
    public static string? FirstText(this XElement parent, params string[] localNames) =>
        localNames.Select(parent.ChildText).FirstOrDefault(v => v is not null);
}
