namespace NewsClaims.Core.Analysis.Entities;

/// <summary>What a named entity is: the types claims are about, plus outlets (the sources, never a claim's subject).</summary>
public enum EntityType : byte
{
    Person,
    Organization,
    Location,
    /// <summary>A news organisation named as a source ("The Washington Post", "Reuters").</summary>
    Outlet,
}
