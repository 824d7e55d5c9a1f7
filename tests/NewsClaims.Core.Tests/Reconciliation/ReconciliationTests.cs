using NewsClaims.Core.Analysis.Claims;
using NewsClaims.Core.Reconciliation;

namespace NewsClaims.Core.Tests.Reconciliation;

/// <summary>The pure reconciliation rules on hand-made claims: how values compare, which verdict a group gets, when articles
/// count as one source, and when two articles are one story.</summary>
public sealed class ReconciliationTests
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static long _ids;

    private static ClaimFacts Count(long article, double value, double spread = 0, string attribute = "deaths", Modality modality = Modality.Asserted,
        long? source = null, string evidence = "") =>
        new(Interlocked.Increment(ref _ids), article, "count", attribute, 7, new HashSet<long> { 7 }, null, value - spread, value + spread, value,
            null, null, modality, source, evidence, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static ClaimFacts Date(long article, DateOnly first, DateOnly last, string value) =>
        new(Interlocked.Increment(ref _ids), article, "date", "meeting", 7, new HashSet<long> { 7 }, "date", first.DayNumber, last.DayNumber,
            first.DayNumber, value, null, Modality.Asserted, null, "", value);

    private static ArticleFacts Article(long id, string text, int hours, params ClaimFacts[] claims) =>
        new(id, id, $"Outlet {id}", Noon.AddHours(hours), null, null, false, text, claims);

    private static ClaimGroup Judge(params ArticleFacts[] articles) => Assert.Single(StoryReconciler.Reconcile(articles[0].Id, articles).Groups);

    [Fact]
    public void Values_compare_as_intervals()
    {
        Assert.Equal(Verdicts.Relation.Same, Verdicts.Compare(Count(1, 12), Count(2, 12, spread: 1)));
        Assert.Equal(Verdicts.Relation.Disjoint, Verdicts.Compare(Count(1, 12), Count(2, 19)));
        Assert.Equal(Verdicts.Relation.Nested, Verdicts.Compare(
            Date(1, new(2025, 11, 14), new(2025, 11, 14), "2025-11-14"), Date(2, new(2025, 11, 1), new(2025, 11, 30), "2025-11")));
        Assert.Equal(Verdicts.Relation.Overlap, Verdicts.Compare(Count(1, 100, spread: 10), Count(2, 105, spread: 10)));
    }

    [Fact]
    public void A_later_higher_toll_is_an_update_but_a_lower_one_is_a_discrepancy()
    {
        Assert.Equal(Verdict.Update, Judge(Article(1, "first report", 0, Count(1, 12)), Article(2, "second report", 6, Count(2, 19))).Verdict);
        var lower = Judge(Article(1, "first report", 0, Count(1, 19)), Article(2, "second report", 6, Count(2, 12)));
        Assert.Equal(Verdict.Discrepancy, lower.Verdict);
        Assert.Equal("value", lower.Discrepancy!.Kind);
        Assert.Equal("high", lower.Discrepancy.Severity);
    }

    [Fact]
    public void Revision_words_make_a_later_figure_an_update_whatever_it_measures()
    {
        var group = Judge(Article(1, "a", 0, Count(1, 500, attribute: "cost")),
            Article(2, "b", 3, Count(2, 650, attribute: "cost", evidence: "The bill has been revised to 650.")));
        Assert.Equal(Verdict.Update, group.Verdict);
    }

    [Fact]
    public void Hedged_and_firm_statements_of_one_value_are_a_modality_difference_flagged_low()
    {
        var group = Judge(Article(1, "a", 0, Count(1, 40, attribute: "cost")), Article(2, "b", 1, Count(2, 40, attribute: "cost", modality: Modality.Expected)));
        Assert.Equal(Verdict.ModalityDifference, group.Verdict);
        Assert.Equal(("modality", "low"), (group.Discrepancy!.Kind, group.Discrepancy.Severity));
        // Two hedges differ in degree only.
        var hedges = Judge(Article(3, "c", 0, Count(3, 40, attribute: "cost", modality: Modality.Planned)),
            Article(4, "d", 1, Count(4, 40, attribute: "cost", modality: Modality.Possible)));
        Assert.Equal(Verdict.Corroborated, hedges.Verdict);
    }

    [Fact]
    public void A_day_within_a_month_is_a_precision_difference_and_not_flagged()
    {
        var group = Judge(Article(1, "a", 0, Date(1, new(2025, 11, 14), new(2025, 11, 14), "2025-11-14")),
            Article(2, "b", 1, Date(2, new(2025, 11, 1), new(2025, 11, 30), "2025-11")));
        Assert.Equal(Verdict.PrecisionDifference, group.Verdict);
        Assert.Null(group.Discrepancy);
    }

    [Fact]
    public void A_syndicated_copy_and_its_original_are_one_source()
    {
        const string text = "The ferry operator cut its timetable after a fuel shortage left three of its five vessels idle in the harbour this week.";
        var sources = SourceIndependence.Resolve([Article(1, text, 0), Article(2, "Reprinted. " + text, 2), Article(3, "Other words entirely about a fuel shortage and ferries.", 3)]);
        Assert.Equal(sources[0].Key, sources[1].Key);
        Assert.Equal(1, sources[1].CopyOf);
        Assert.NotEqual(sources[0].Key, sources[2].Key);
    }

    [Fact]
    public void Figures_far_apart_in_size_are_different_measures_not_a_discrepancy()
    {
        var result = StoryReconciler.Reconcile(1, [Article(1, "a", 0, Count(1, 52_000, attribute: "passengers")),
            Article(2, "b", 1, Count(2, 21_400_000, attribute: "passengers"))]);
        Assert.Empty(result.Groups);
    }

    [Fact]
    public void Articles_join_a_story_through_shared_names_within_the_window()
    {
        var a = new StorySignature(1, Noon, new HashSet<long> { 1, 2, 3 }, new HashSet<string> { "ferry", "fuel", "harbour" });
        var sameEvent = new StorySignature(2, Noon.AddHours(5), new HashSet<long> { 1, 2 }, new HashSet<string> { "ferry", "fuel", "timetable" });
        var weeksLater = sameEvent with { Published = Noon.AddDays(20) };
        var otherEvent = new StorySignature(3, Noon, new HashSet<long> { 9 }, new HashSet<string> { "election", "ballot" });

        Assert.Equal(10, StoryMatcher.Best(sameEvent, [(10, a)])?.Story);
        Assert.Null(StoryMatcher.Best(weeksLater, [(10, a)]));
        Assert.Null(StoryMatcher.Best(otherEvent, [(10, a)]));
    }
}
