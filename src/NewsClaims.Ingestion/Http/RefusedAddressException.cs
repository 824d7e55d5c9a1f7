namespace NewsClaims.Ingestion.Http;

/// <summary>The URL leads to an address this outlet may not reach (private, loopback, link-local, or a file outside the root).</summary>
public sealed class RefusedAddressException(string message) : Exception(message);
