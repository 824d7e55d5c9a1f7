namespace NewsClaims.Storage.Outlets;

/// <summary>One HTTP request as the store keeps it in fetch_attempts.</summary>
public sealed record AttemptRecord(string Url, DateTimeOffset At, int? Status, string Outcome, string? Error, TimeSpan Duration);
