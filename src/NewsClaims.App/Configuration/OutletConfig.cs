using NewsClaims.Ingestion.Http;

namespace NewsClaims.App.Configuration;

/// <summary>One outlet from feeds.json, validated, with its overrides already merged over the defaults.</summary>
public sealed record OutletConfig(
    string Name,
    string? Homepage,
    IReadOnlyList<string> Feeds,
    Schedule Schedule,
    bool Enabled,
    FetchOptions Fetch,
    int MaxArticlesPerPoll);
