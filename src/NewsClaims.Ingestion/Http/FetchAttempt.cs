namespace NewsClaims.Ingestion.Http;

/// <summary>One HTTP request made while fetching, recorded so failures are visible rather than silent.</summary>
public sealed record FetchAttempt(string Url, DateTimeOffset At, int? Status, FetchOutcome Outcome, string? Error, TimeSpan Duration);
