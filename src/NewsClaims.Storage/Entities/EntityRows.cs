namespace NewsClaims.Storage.Entities;

// Rows are property records, not positional ones: Dapper matches constructors by column type, and SQLite reports a NULL
// column as a blob.

/// <summary>An entity as the <c>entities</c> listing shows it.</summary>
public sealed record EntitySummary
{
    public long Id { get; init; }
    public string Type { get; init; } = "";
    public string Name { get; init; } = "";
    public long Articles { get; init; }
    public long Mentions { get; init; }
    public string? Aliases { get; init; }
    public string? Roles { get; init; }
}

/// <summary>One way an entity was written, with how many articles wrote it so.</summary>
public sealed record EntityAlias
{
    public string Text { get; init; } = "";
    public long Articles { get; init; }
}

/// <summary>A title or role an article gave a person.</summary>
public sealed record EntityRole
{
    public string Role { get; init; } = "";
    public long ArticleId { get; init; }
    public string? Outlet { get; init; }
}

/// <summary>An article that mentions an entity.</summary>
public sealed record EntityArticle
{
    public long Id { get; init; }
    public string Url { get; init; } = "";
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public long Mentions { get; init; }
}

/// <summary>A merge or split a reviewer made.</summary>
public sealed record EntityCorrection
{
    public long Id { get; init; }
    public string Action { get; init; } = "";
    public long EntityId { get; init; }
    public long? OtherId { get; init; }
    public string Detail { get; init; } = "";
    public string MadeBy { get; init; } = "";
    public string MadeAt { get; init; } = "";
}

/// <summary>Everything <c>entities show</c> prints about one entity.</summary>
public sealed record EntityDetail(
    long Id, string Type, string Name, long? MergedInto, IReadOnlyList<EntityAlias> Aliases, IReadOnlyList<EntityRole> Roles,
    IReadOnlyList<EntityArticle> Articles, IReadOnlyList<EntityCorrection> Corrections);

/// <summary>A correction that cannot be made, with the reason to show the user.</summary>
public sealed class EntityCorrectionException(string message, bool notFound = false) : Exception(message)
{
    /// <summary>The entity named does not exist (as opposed to a correction that cannot be made).</summary>
    public bool NotFound { get; } = notFound;
}
