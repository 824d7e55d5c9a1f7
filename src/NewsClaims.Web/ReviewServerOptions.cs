using NewsClaims.Storage;

namespace NewsClaims.Web;

/// <summary>What <c>newsclaims serve</c> runs with.</summary>
/// <param name="Database">The store to read and review.</param>
/// <param name="Urls">Where to listen; loopback only unless <paramref name="Token"/> is set.</param>
/// <param name="Token">The access token every request must carry; required when listening beyond loopback.</param>
/// <param name="Reviewer">Who verdicts are recorded as when the reviewer gives no name.</param>
/// <param name="Reconcile">Re-judges the stories an entity merge or split touched; returns a line for the reviewer.</param>
public sealed record ReviewServerOptions(
    Database Database,
    IReadOnlyList<string> Urls,
    string? Token,
    string Reviewer,
    Func<CancellationToken, Task<string>>? Reconcile = null);

/// <summary>The server cannot start as configured (e.g. listening beyond loopback without a token).</summary>
public sealed class ReviewServerException(string message) : Exception(message);
