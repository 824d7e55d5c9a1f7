using NewsClaims.Ingestion.Http;

namespace NewsClaims.App.Configuration;

/// <summary>The whole of feeds.json, validated.</summary>
public sealed record FeedsConfig(string Path, UserAgent UserAgent, IReadOnlyList<OutletConfig> Outlets)
{
    public OutletConfig? Find(string? name) => Outlets.FirstOrDefault(o => o.Name == name);
}
