namespace NewsClaims.Ingestion.Http;

/// <summary>Who we say we are: the product token robots.txt groups match, and a contact URL for site owners.</summary>
public sealed record UserAgent(string Product, string Version, string ContactUrl)
{
    public override string ToString() => $"{Product}/{Version} (+{ContactUrl})";
}
