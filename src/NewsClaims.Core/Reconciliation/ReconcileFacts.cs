using NewsClaims.Core.Analysis.Claims;

namespace NewsClaims.Core.Reconciliation;

/// <summary>What reconciliation knows of one article of a story: where and when it appeared, whom it credits, its text and claims.</summary>
/// <param name="PrimarySource">The entity the article credits most as a report (The Washington Post), or null.</param>
/// <param name="Text">The article text, for telling copies apart from independent reports.</param>
public sealed record ArticleFacts(
    long Id, long OutletId, string Outlet, DateTimeOffset Published, long? PrimarySource, string? PrimarySourceName,
    bool CitesUnnamedReports, string Text, IReadOnlyList<ClaimFacts> Claims);

/// <summary>One stored claim as reconciliation compares it: attribute, entities (as store ids), interval, modality and source.</summary>
/// <param name="Low">Lowest value the wording allows (day number for dates, days for durations); null when open.</param>
/// <param name="Number">The stated number of a figure (null for dates and durations, which compare by ValueText and interval);
/// equal numbers with equal units say the same thing.</param>
/// <param name="ValueText">The TimeML value of a date or duration; null for figures.</param>
/// <param name="Source">The entity the claim's sentence credits (a speaker or a report), or null.</param>
public sealed record ClaimFacts(
    long Id, long ArticleId, string Kind, string? Attribute, long? Subject, IReadOnlySet<long> Entities, string? Unit,
    double? Low, double? High, double? Number, string? ValueText, string? TimeScope, Modality Modality, long? Source,
    string Evidence, string ValueWords);
