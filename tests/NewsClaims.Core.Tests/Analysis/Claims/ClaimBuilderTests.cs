using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Claims;

namespace NewsClaims.Core.Tests.Analysis.Claims;

/// <summary>Claims read from sentences of our own writing: what each value measures, how firmly and on whose word it is stated,
/// the period it covers and what it is about.</summary>
public sealed class ClaimBuilderTests
{
    private static readonly DateOnly Published = new(2026, 3, 12);

    private static IReadOnlyList<(Claim Claim, TextAnalysis Analysis)> ClaimsOf(string text)
    {
        var a = TextAnalyzer.Analyze(text, Published);
        return a.Claims.Select(c => (c, a)).ToList();
    }

    private static (Claim Claim, TextAnalysis Analysis) ClaimAt(string text, string value)
    {
        var claims = ClaimsOf(text);
        var hit = claims.Where(c => c.Analysis.Text[c.Claim.Start..c.Claim.End].Contains(value, StringComparison.Ordinal)).ToList();
        Assert.True(hit.Count == 1, $"expected one claim on '{value}', found {hit.Count} among: " +
                                    string.Join("; ", claims.Select(c => c.Analysis.Text[c.Claim.Start..c.Claim.End])));
        return hit[0];
    }

    [Theory]
    [InlineData("Brightwater Foods reported revenue of $2.4 billion for 2025.", "$2.4 billion", "revenue")]
    [InlineData("The carrier posted a $310 million loss in the third quarter.", "$310 million", "loss")]
    [InlineData("Kestrel Motors will cut 3,200 jobs across its European plants.", "3,200", "job cuts")]
    [InlineData("Kestrel Motors announced 3,200 layoffs on Monday.", "3,200", "job cuts")]
    [InlineData("The port operator plans to hire 450 new workers next year.", "450", "employees")]
    [InlineData("The regional economy added 12,000 jobs in February.", "12,000", "hiring")]
    [InlineData("At least 41 people were killed when the ferry capsized.", "41", "deaths")]
    [InlineData("The storm left 18,000 homes without power in the valley.", "18,000", "homes")]
    [InlineData("Inflation eased to 2.7% in February, the statistics office said.", "2.7%", "inflation")]
    [InlineData("The grocer's sales fell 4% in the quarter.", "4%", "revenue change")]
    [InlineData("Online orders made up 18% of the chain's sales last year.", "18%", "revenue share")]
    [InlineData("Parliament approved 2.1 billion euros in aid for the farmers.", "2.1 billion euros", "funding")]
    [InlineData("The council said the bridge would cost £48 million to repair.", "£48 million", "cost")]
    [InlineData("Harrow Logistics agreed to buy Tidewater Freight in a $900 million deal.", "$900 million", "deal value")]
    public void A_figure_is_named_by_the_words_around_it(string text, string value, string attribute) =>
        Assert.Equal(attribute, ClaimAt(text, value).Claim.Attribute);

    [Theory]
    [InlineData("The mayor met union leaders on March 3 to discuss the dispute.", "March 3", "meeting", "2026-03-03")]
    [InlineData("The current lease expires on 30 June 2027, the landlord said.", "30 June 2027", "contract expiry", "2027-06-30")]
    [InlineData("The city will hold a land auction in early 2027.", "early 2027", "auction", "2027")]
    [InlineData("The new terminal is due to open in September 2026.", "September 2026", "start", "2026-09")]
    [InlineData("The union sought a three-year extension of the agreement.", "three-year", "extension", "P3Y")]
    public void A_date_that_names_an_event_is_a_claim_about_it(string text, string value, string attribute, string timeml)
    {
        var (claim, _) = ClaimAt(text, value);
        Assert.Equal(attribute, claim.Attribute);
        Assert.Equal(timeml, claim.Date!.Value);
    }

    [Theory]
    [InlineData("The board said on Tuesday that profit rose.")]
    [InlineData("Last year the firm moved its head office to Leeds.")]
    [InlineData("Two people familiar with the talks confirmed the plan.")]
    public void Dates_of_reports_context_dates_and_nameless_handfuls_are_not_claims(string text) =>
        Assert.Empty(ClaimsOf(text));

    [Theory]
    [InlineData("Brightwater generated $2.4 billion in revenue in 2025.", "$2.4 billion", Modality.Asserted)]
    [InlineData("Brightwater is expected to generate $2.4 billion in revenue in 2026.", "$2.4 billion", Modality.Expected)]
    [InlineData("Analysts forecast revenue of $2.6 billion next year.", "$2.6 billion", Modality.Expected)]
    [InlineData("The ministry plans to hold the auction in May 2026.", "May 2026", Modality.Planned)]
    [InlineData("Kestrel said it would cut 3,200 jobs.", "3,200", Modality.Planned)]
    [InlineData("The carrier could shed as many as 900 jobs, people briefed on the plan said.", "900", Modality.Possible)]
    [InlineData("The company denied that it would cut 3,200 jobs.", "3,200", Modality.Denied)]
    [InlineData("The plan was dropped after the council spent £3 million on studies.", "£3 million", Modality.Asserted)]
    [InlineData("The deal could be blocked, while the firm paid $40 million in fees.", "$40 million", Modality.Asserted)]
    public void Modality_comes_from_the_nearest_hedge_in_the_value_s_clause(string text, string value, Modality modality) =>
        Assert.Equal(modality, ClaimAt(text, value).Claim.Modality);

    [Theory]
    [InlineData("Brightwater generated $2.4 billion in revenue in 2025.", "$2.4 billion", "2025")]
    [InlineData("Brightwater's revenue for the first quarter of 2026 was $610 million.", "$610 million", "2026-Q1")]
    [InlineData("The charity spends $3 million a year on school meals.", "$3 million", "annual")]
    [InlineData("The utility must repay $80 million by the end of 2027.", "$80 million", null)]
    public void A_figure_carries_the_period_it_covers(string text, string value, string? scope) =>
        Assert.Equal(scope, ClaimAt(text, value).Claim.TimeScope);

    [Theory]
    [InlineData("Revenue reached $2.4 billion, according to the Harbour Gazette.", "$2.4 billion", "Harbour Gazette", true)]
    [InlineData("The Valley Courier reported that 41 people died in the fire.", "41", "The Valley Courier", true)]
    [InlineData("Ticket prices will rise 6%, Marta Lindqvist said.", "6%", "Marta Lindqvist", false)]
    [InlineData("Ticket prices will rise 6%, said Marta Lindqvist.", "6%", "Marta Lindqvist", false)]
    [InlineData("The firm reportedly paid $40 million for the site.", "$40 million", "reports", true)]
    [InlineData("The firm paid $40 million for the site, according to people familiar with the deal.", "$40 million",
        "people familiar with the deal", false)]
    public void Attribution_names_whom_the_sentence_credits(string text, string value, string source, bool reporting)
    {
        var (claim, analysis) = ClaimAt(text, value);
        Assert.NotNull(claim.Attribution);
        Assert.Equal(source, claim.Attribution.Mention is { } m ? analysis.Entities[m].Canonical : claim.Attribution.Text);
        Assert.Equal(reporting, claim.Attribution.Reporting);
    }

    [Fact]
    public void The_subject_is_the_first_entity_before_the_value_and_outlets_are_sources_not_entities()
    {
        var (claim, a) = ClaimAt("Harrow Logistics agreed to pay Tidewater Shipping Company $900 million, the Harbour Gazette reported.", "$900 million");

        Assert.Equal("Harrow Logistics", a.Entities[claim.Subject!.Value].Canonical);
        Assert.Equal(["Harrow Logistics", "Tidewater Shipping Company"], claim.Entities.Select(e => a.Entities[e].Canonical).ToArray());
        Assert.Equal("Harbour Gazette", a.Entities[claim.Attribution!.Mention!.Value].Canonical);
    }

    [Fact]
    public void The_evidence_is_the_whole_sentence_and_the_offsets_point_at_the_value()
    {
        const string text = "The ferry line carried 2.3 million passengers in 2025. Fares rose twice.";
        var (claim, a) = ClaimAt(text, "2.3 million");

        Assert.Equal("The ferry line carried 2.3 million passengers in 2025.", text[claim.EvidenceStart..claim.EvidenceEnd]);
        Assert.Equal("passengers", claim.Attribute);
        Assert.StartsWith("2.3 million", a.Text[claim.Start..claim.End]);
    }

    [Fact]
    public void The_article_s_main_source_is_the_report_it_credits_most()
    {
        var a = TextAnalyzer.Analyze("""
            The Harbour Gazette reported that the yard will close. According to the Gazette, 600 jobs go.
            Workers told the Valley Courier they were shocked. The Harbour Gazette said talks had failed.
            """, Published);

        Assert.Equal("The Harbour Gazette", a.Entities[a.PrimarySource!.Value].Canonical);
        Assert.False(a.CitesUnnamedReports);
        Assert.True(TextAnalyzer.Analyze("The yard will close, according to media reports.", Published).CitesUnnamedReports);
    }

    [Fact]
    public void The_lexicon_maps_synonyms_to_one_attribute_for_the_kinds_it_takes()
    {
        Assert.Contains("job cuts", AttributeLexicon.Attributes);
        Assert.Equal("job cuts", AttributeLexicon.Lookup("layoffs", "count"));
        Assert.Equal("job cuts", AttributeLexicon.Lookup("Redundancies", "count"));
        Assert.Equal("deaths", AttributeLexicon.Lookup("death toll", "count"));
        Assert.Null(AttributeLexicon.Lookup("layoffs", "date"));
        Assert.Null(AttributeLexicon.Lookup("weather", "count"));
    }
}
