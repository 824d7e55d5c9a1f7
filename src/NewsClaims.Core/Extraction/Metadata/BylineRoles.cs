namespace NewsClaims.Core.Extraction.Metadata;

/// <summary>
/// The job titles printed beside a writer's name in bylines and author boxes ("Marta Lind, Transport Correspondent",
/// "Head of Marketing"), as regex alternations shared by the author search and the biography filter.
/// </summary>
/// <remarks>
/// The roles of people quoted in the text (ministers, spokespeople) are <see cref="Analysis.Entities.RoleWords"/>; these
/// are the writers' own.
/// </remarks>
internal static class BylineRoles
{
    /// <summary>Newsroom roles: writer, editor, reporter and the like.</summary>
    public const string Newsroom = "writer|editor|reporter|journalist|correspondent|columnist|contributor|producer";

    /// <summary>The roles of people who sign company blogs: experts, founders, managers, strategists.</summary>
    public const string Business = "expert|coordinator|director|consultant|co-?founder|founder|manager|specialist|educators?|analyst|officer|head of|marketing|strategist";
}
