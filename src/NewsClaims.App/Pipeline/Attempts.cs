using NewsClaims.Ingestion.Http;
using NewsClaims.Storage.Outlets;

namespace NewsClaims.App.Pipeline;

/// <summary>Maps what the fetcher reports to what the store keeps.</summary>
internal static class Attempts
{
    public static IReadOnlyList<AttemptRecord> ToRecords(this FetchResult result) =>
        result.Attempts.Select(a => new AttemptRecord(a.Url, a.At, a.Status, OutcomeText(a.Outcome), a.Error, a.Duration)).ToList();

    public static string OutcomeText(FetchOutcome outcome) => outcome switch
    {
        FetchOutcome.Ok => "ok",
        FetchOutcome.NotModified => "not_modified",
        FetchOutcome.Transient => "transient",
        FetchOutcome.Permanent => "permanent",
        _ => "refused",
    };
}
