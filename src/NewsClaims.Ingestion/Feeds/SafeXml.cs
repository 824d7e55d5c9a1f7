using System.Xml;
using System.Xml.Linq;

namespace NewsClaims.Ingestion.Feeds;

/// <summary>Loads feed XML with DTDs ignored and no resolver: no external entities, no entity-expansion bombs.</summary>
internal static class SafeXml
{
    public static XDocument Load(string text, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"not well-formed XML: {e.Message}", e);
        }
    }
}
