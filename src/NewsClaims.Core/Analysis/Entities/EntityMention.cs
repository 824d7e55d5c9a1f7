namespace NewsClaims.Core.Analysis.Entities;

/// <summary>A name (or a description resolved to one, like "the agency") in a text, with the article-level entity it refers to.</summary>
/// <param name="Canonical">The entity's fullest name in this text ("David Steiner" for "Steiner", "US Postal Service" for "USPS").</param>
/// <param name="Role">The title or role the text gives a person here ("Postmaster General", "Amazon spokesperson"), or null.</param>
public sealed record EntityMention(string Text, int Start, int End, EntityType Type, string Canonical, string? Role);
