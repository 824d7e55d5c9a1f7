namespace NewsClaims.Ingestion.Feeds;

/// <summary>The bytes are not a feed we can read; the message says why, for the feed's error record.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
