namespace NewsClaims.App.Worker;

/// <summary>The stored id of each configured outlet, synced once when the worker starts.</summary>
public sealed class OutletIds(IReadOnlyDictionary<string, long> ids)
{
    public long Of(string name) => ids[name];
}
