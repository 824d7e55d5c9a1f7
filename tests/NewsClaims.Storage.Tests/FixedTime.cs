namespace NewsClaims.Storage.Tests;

/// <summary>A clock that always says the same time, so stored times are predictable.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
