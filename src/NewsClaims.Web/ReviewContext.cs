using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Entities;

namespace NewsClaims.Web;

/// <summary>The stores and settings every page and API endpoint shares.</summary>
public sealed class ReviewContext(ReviewServerOptions options)
{
    private readonly SemaphoreSlim _reconcile = new(1, 1);

    public ClaimStore Claims { get; } = new(options.Database, TimeProvider.System);
    public EntityStore Entities { get; } = new(options.Database, TimeProvider.System);
    public SearchStore Search { get; } = new(options.Database);
    public string Reviewer { get; } = options.Reviewer;

    /// <summary>Re-judges the stories a correction touched, one run at a time; null when the server has no reconciler.</summary>
    public async Task<string?> ReconcileAsync(CancellationToken ct)
    {
        if (options.Reconcile is null)
            return null;
        await _reconcile.WaitAsync(ct);
        try
        {
            return await options.Reconcile(ct);
        }
        finally
        {
            _reconcile.Release();
        }
    }
}
