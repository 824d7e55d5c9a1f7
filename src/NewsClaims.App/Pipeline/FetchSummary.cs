namespace NewsClaims.App.Pipeline;

/// <summary>What draining the fetch queue produced.</summary>
public sealed record FetchSummary(int Stored, int Duplicates, int Failed, int Retrying)
{
    public int Done => Stored + Duplicates + Failed + Retrying;
}
