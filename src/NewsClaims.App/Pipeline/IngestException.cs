namespace NewsClaims.App.Pipeline;

/// <summary>One input to ingest could not be stored; the message says which and why.</summary>
public sealed class IngestException(string message) : Exception(message);
