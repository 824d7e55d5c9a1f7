namespace NewsClaims.App.Pipeline;

/// <summary>What fetching one queued article came to.</summary>
public enum FetchStep
{
    Stored,
    Duplicate,
    Failed,
    Retrying,
}
