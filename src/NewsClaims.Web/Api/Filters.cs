using NewsClaims.Storage.Claims;
using NewsClaims.Storage.Entities;

namespace NewsClaims.Web.Api;

/// <summary>The filters the queue page and the API share, read from query parameters.</summary>
public static class Filters
{
    public static readonly string[] Statuses = ["open", .. ClaimStore.ReviewVerdicts];
    public static readonly string[] Severities = ["high", "medium", "low"];
    public static readonly string[] EntityTypes = ["PERSON", "ORG", "LOCATION", "OUTLET"];
    public static readonly string[] DiscrepancyParameters = ["status", "severity", "entity", "outlet", "story", "since", "until", "limit", "offset"];

    /// <summary>The discrepancy filter the parameters describe; an entity is given by id, name or alias.</summary>
    /// <remarks>Without a status the <paramref name="defaultStatus"/> applies; <c>status=any</c> lifts it.</remarks>
    public static DiscrepancyFilter Discrepancies(QueryParameters q, EntityStore entities, int defaultLimit, string? defaultStatus = null) =>
        new(q.Text("status") is null ? defaultStatus : q.OneOf("status", [.. Statuses, "any"]) is var s and not "any" ? s : null,
            q.OneOf("severity", Severities), Entity(q, entities), q.Text("outlet"), q.Id("story"), q.Day("since"), q.Day("until"),
            q.Int("limit", defaultLimit, 1, 5000), q.Int("offset", 0, 0, int.MaxValue));

    public static long? Entity(QueryParameters q, EntityStore entities)
    {
        if (q.Text("entity") is not { } name)
            return null;
        try
        {
            return entities.Resolve(name);
        }
        catch (EntityCorrectionException e)
        {
            q.Fail($"entity: {e.Message}");
            return null;
        }
    }
}
