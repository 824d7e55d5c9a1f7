namespace NewsClaims.Storage.Outlets;

/// <summary>An outlet as configured: what the store keeps of feeds.json.</summary>
public sealed record OutletSpec(string Name, string? Homepage, bool Enabled, IReadOnlyList<string> FeedUrls);
