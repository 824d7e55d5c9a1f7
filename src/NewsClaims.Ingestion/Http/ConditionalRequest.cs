namespace NewsClaims.Ingestion.Http;

/// <summary>The validators from the last successful fetch of a URL, for a conditional GET.</summary>
public sealed record ConditionalRequest(string? ETag, string? LastModified)
{
    public static ConditionalRequest None { get; } = new(null, null);
}
