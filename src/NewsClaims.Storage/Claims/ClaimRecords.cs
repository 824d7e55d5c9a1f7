namespace NewsClaims.Storage.Claims;

// Property records: Dapper binds SQLite NULLs to them by name (positional records break on NULL columns).

/// <summary>A stored claim with its article, outlet, story and the names of its subject and entities.</summary>
public sealed record ClaimRow
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public string Outlet { get; init; } = "";
    public string? Published { get; init; }
    public long? Story { get; init; }
    public string Kind { get; init; } = "";
    public string? Attribute { get; init; }
    public string ValueWords { get; init; } = "";
    public double? Value { get; init; }
    public double? ValueMax { get; init; }
    public string? ValueText { get; init; }
    public string? Unit { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public string Qualifier { get; init; } = "";
    public string Modality { get; init; } = "";
    public string? TimeScope { get; init; }
    public string? Subject { get; init; }
    public string? Entities { get; init; }
    public string? Attribution { get; init; }
    public string Evidence { get; init; } = "";
    public int Start { get; init; }
    public int End { get; init; }
    public int EvidenceStart { get; init; }
    public string? SourceReason { get; init; }
    public string Url { get; init; } = "";
    public string? Title { get; init; }
}

/// <summary>A flagged discrepancy as listed: its state, what it is about and why it was flagged.</summary>
public sealed record DiscrepancyRow
{
    public long Id { get; init; }
    public string Status { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Severity { get; init; } = "";
    public bool Active { get; init; }
    public long? Story { get; init; }
    public long? GroupId { get; init; }
    public string? Attribute { get; init; }
    public string? Subject { get; init; }
    public long? SubjectId { get; init; }
    public string? Outlets { get; init; }
    public string? Latest { get; init; }
    public string Explanation { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

/// <summary>One review verdict in a discrepancy's audit trail.</summary>
public sealed record ReviewRow
{
    public long Id { get; init; }
    public string Verdict { get; init; } = "";
    public string? Note { get; init; }
    public string MadeBy { get; init; } = "";
    public string MadeAt { get; init; } = "";
    /// <summary>For an undo: the review it took back.</summary>
    public long? Undoes { get; init; }

    /// <summary>The verdicts of a trail that are still in force (neither an undo nor taken back by one), oldest first.</summary>
    public static IReadOnlyList<ReviewRow> InForce(IReadOnlyList<ReviewRow> trail)
    {
        var undone = trail.Where(r => r.Undoes is not null).Select(r => r.Undoes!.Value).ToHashSet();
        return trail.Where(r => r.Undoes is null && !undone.Contains(r.Id)).ToList();
    }
}

/// <summary>A discrepancy with its group's claims side by side and its audit trail.</summary>
public sealed record DiscrepancyDetail(
    DiscrepancyRow Discrepancy, string? Verdict, IReadOnlyList<ClaimRow> Claims, IReadOnlyList<ReviewRow> Reviews, IReadOnlyList<ClaimRow> Timeline);

/// <summary>A discrepancy query's filters; null means any. <c>Since</c>/<c>Until</c> are days (YYYY-MM-DD) an article of the group
/// was published on or after / on or before.</summary>
public sealed record DiscrepancyFilter(
    string? Status = null, string? Severity = null, long? Entity = null, string? Outlet = null, long? Story = null,
    string? Since = null, string? Until = null, int Limit = 1000, int Offset = 0);

/// <summary>Active discrepancies counted by status, and by severity within the filter's status.</summary>
public sealed record DiscrepancyCounts(IReadOnlyDictionary<string, long> ByStatus, IReadOnlyDictionary<string, long> BySeverity);

/// <summary>A claim query's filters; null means any.</summary>
public sealed record ClaimFilter(long? Entity = null, string? Attribute = null, long? Story = null, string? Since = null, int Limit = 1000);

/// <summary>A story as listed: its articles, outlets, time span, the anchor article's title, claim groups and open discrepancies.</summary>
public sealed record StoryRow
{
    public long Id { get; init; }
    public long Articles { get; init; }
    public string? Outlets { get; init; }
    public string? First { get; init; }
    public string? Last { get; init; }
    public string? Title { get; init; }
    public long Groups { get; init; }
    public long OpenDiscrepancies { get; init; }
}

/// <summary>A story query's filters; null means any.</summary>
public sealed record StoryFilter(long? Entity = null, string? Since = null, int Limit = 100);

/// <summary>A bad request to the claim store: an unknown id (<see cref="NotFound"/>), a verdict not offered.</summary>
public sealed class ClaimQueryException(string message, bool notFound = false) : Exception(message)
{
    public bool NotFound { get; } = notFound;
}
