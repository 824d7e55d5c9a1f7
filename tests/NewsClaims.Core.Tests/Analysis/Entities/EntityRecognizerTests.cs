using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Entities.Tagging;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Tests.Analysis.Entities;

/// <summary>The entity recogniser with the shipped model, one table per phenomenon; every sentence is our own.</summary>
public class EntityRecognizerTests
{
    [Theory]
    [InlineData("Harbour Minister Elena Varga said the ferry contract would be signed this week.", "Elena Varga", "type=PERSON role=Harbour+Minister", Skip = "Known gap: the tagger reads \"Harbour Minister Elena\" as one organisation")]
    [InlineData("Meridian Air chief executive Tomas Lind apologised to passengers.", "Tomas Lind", "type=PERSON role=Meridian+Air+chief+executive")]
    [InlineData("Mayor Ruth Okafor opened the bridge on Monday.", "Ruth Okafor", "type=PERSON role=Mayor")]
    [InlineData("\"We are disappointed,\" said union spokesperson Mark Delaney.", "Mark Delaney", "type=PERSON role=spokesperson")]
    [InlineData("Clara Jensen, the airline's chief financial officer, said fuel costs had eased.", "Clara Jensen", "type=PERSON role=airline's+chief+financial+officer")]
    [InlineData("Founder and executive chair Priya Raman stepped back from daily duties.", "Priya Raman", "type=PERSON role=Founder+and+executive+chair")]
    public void Titles_and_roles_attach_to_the_person(string text, string span, string spec) => AssertEntity(text, span, spec);

    [Theory]
    [InlineData("The Northern Rail Authority (NRA) raised fares. The NRA said costs had risen.", "NRA", "type=ORG canonical=Northern+Rail+Authority")]
    [InlineData("The European Central Bank (ECB) held rates on Thursday.", "ECB", "type=ORG canonical=European+Central+Bank")]
    [InlineData("Parcels sent through the US Postal Service rose last year, and USPS expects more.", "USPS", "type=ORG canonical=US+Postal+Service")]
    public void Acronyms_join_their_full_names(string text, string span, string spec) => AssertEntity(text, span, spec);

    [Theory]
    [InlineData("Tomas Lind joined Meridian Air in 2019. Lind has cut routes since.", "Lind", "type=PERSON canonical=Tomas+Lind")]
    [InlineData("Elena Varga met the union on Friday. On Monday, Varga said talks would resume.", "Varga", "type=PERSON canonical=Elena+Varga")]
    [InlineData("The Harbour Gazette reported the closure first. A spokesperson told The Gazette the plan was final.", "The Gazette", "type=OUTLET canonical=The+Harbour+Gazette", Skip = "Known gap: the short form is found as \"Gazette\", without its \"The\"")]
    [InlineData("Kestrel Foods opened a plant in Halvard. The company said it would hire 300 people.", "The company", "type=ORG canonical=Kestrel+Foods")]
    [InlineData("Applications rose at the Maritime Safety Agency in March. The agency said staff were stretched.", "The agency", "type=ORG canonical=Maritime+Safety+Agency")]
    public void Short_forms_and_descriptions_resolve_within_the_article(string text, string span, string spec) => AssertEntity(text, span, spec);

    [Theory]
    [InlineData("Mr. Brandt told Reuters the deal was close.", "Reuters", "type=OUTLET")]
    [InlineData("The figures were first reported by The Coastline Courier on Tuesday.", "The Coastline Courier", "type=OUTLET")]
    [InlineData("Shares of Kestrel Foods (NASDAQ: KSTF) fell 4% after the report.", "Kestrel Foods", "type=ORG")]
    [InlineData("Shares in Meridian Air slipped after the strike vote in Berlin.", "Berlin", "type=LOCATION")]
    [InlineData("Storm damage closed roads across Norway and Sweden.", "Sweden", "type=LOCATION")]
    [InlineData("Jean-Luc Moreau, a spokesman for the ministry, declined to comment.", "Jean-Luc Moreau", "type=PERSON")]
    [InlineData("Analyst J. R. Whitfield said the sector would recover.", "J. R. Whitfield", "type=PERSON role=Analyst")]
    [InlineData("U.S. Steel said J. Whitfield would lead the plant.", "J. Whitfield", "type=PERSON")]
    [InlineData("The ferry subsidy ran out in June. Congress approved $40 million more for the ports on Tuesday.", "Congress", "type=ORG")]
    public void Outlets_places_and_names_of_every_shape(string text, string span, string spec) => AssertEntity(text, span, spec);

    [Theory]
    [InlineData("Meridian Air's pilots walked out on Tuesday.", "Meridian Air", "type=ORG")]
    [InlineData("Pilots at Meridian Air walked out, and Kestrel Foods' shares fell.", "Kestrel Foods", "type=ORG")]
    [InlineData("Mary-Kate Olsen joined Kestrel Foods in 2020.", "Mary-Kate Olsen", "type=PERSON")]
    [InlineData("Kate O'Neill joined Kestrel Foods in 2020.", "Kate O'Neill", "type=PERSON")]
    [InlineData("HALVARD (Metro Wire) – Meridian Air grounded 340 flights on Tuesday.", "Metro Wire", "type=OUTLET")]
    [InlineData("Kestrel Foods will compete with UPS.US and other carriers.", "UPS", "type=ORG")]
    [InlineData("Fares will rise next year. The NRA said costs had risen.", "NRA", "type=ORG")]
    public void Possessives_hyphens_datelines_and_bare_symbols(string text, string span, string spec) => AssertEntity(text, span, spec);

    [Theory]
    [InlineData("Shares of Meridian Air rose. Meridian, which flies to 96 cities, said demand was strong.", "Meridian", "type=ORG canonical=Meridian+Air")]
    [InlineData("The Airline Pilots Guild called the strike. Meridian Air said the union had refused talks.", "the union", "canonical=Airline+Pilots+Guild")]
    [InlineData("Pilots of the Airline Pilots Guild walked out. Meridian Air said the strike would cost the company €20 million.", "the company", "canonical=Meridian+Air")]
    [InlineData("Meridian Air grounded flights as the Airline Pilots Guild walked out. The airline said it had no choice.", "The airline", "canonical=Meridian+Air")]
    public void A_short_form_or_description_finds_the_right_kind_of_organisation(string text, string span, string spec) => AssertEntity(text, span, spec);

    [Fact]
    public void A_headline_in_capitals_yields_no_names_of_its_own()
    {
        var found = EntityRecognizer.Find("MERIDIAN AIR PILOTS WALK OUT OVER PAY\nMeridian Air grounded 340 flights on Tuesday.");

        Assert.Equal(["Meridian Air"], found.Select(e => e.Text));
    }

    [Theory]
    [InlineData("Shares of Kestrel Foods (NASDAQ: KSTF) fell 4% after the report.", "KSTF")]
    [InlineData("KSTF.US closed lower on the news.", "US")]
    [InlineData("President said nothing more.", "President")]
    [InlineData("The agency said it would review the rules.", "The agency")]
    [InlineData("Pilots of the Airline Pilots Guild walked out. Meridian Air said the strike would cost the company €20 million.", "the strike would cost the company")]
    [InlineData("Storm Orla cut power to 85,000 homes. The grid operator said most would be reconnected by Friday.", "The grid operator")]
    public void Not_entities(string text, string notSpan)
    {
        var found = EntityRecognizer.Find(text);
        Assert.DoesNotContain(found, e => e.Text == notSpan);
    }

    [Fact]
    public void A_name_typed_once_keeps_its_type_and_is_found_where_the_tagger_missed_it()
    {
        const string text = "Kestrel Foods cut prices. Analysts said Kestrel Foods would lose margin. Kestrel Foods declined to comment.";
        var found = EntityRecognizer.Find(text).Where(e => e.Text == "Kestrel Foods").ToList();
        Assert.Equal(3, found.Count);
        Assert.All(found, e => Assert.Equal(EntityType.Organization, e.Type));
    }

    [Fact]
    public void Furniture_lines_yield_no_entities()
    {
        var analysis = TextAnalyzer.Analyze("Elena Varga said the port would reopen.\nBy Mark Delaney\nThe Harbour Gazette · 1d ago", new DateOnly(2026, 3, 18));
        Assert.Equal(["Elena Varga"], analysis.Entities.Select(e => e.Text));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "In Halvard, Mayor Ruth Okafor met Kestrel Foods.";
        foreach (var e in EntityRecognizer.Find(text))
            Assert.Equal(e.Text, text[e.Start..e.End]);
    }

    [Fact]
    public void The_tagger_learns_from_labelled_sentences_and_a_saved_model_tags_the_same()
    {
        // A tiny corpus of our own: the learner must fit it, and a save/load round trip must not change a label.
        string[][] words = [["Tomas", "Lind", "visited", "Halvard", "."], ["Kestrel", "Foods", "hired", "Ruth", "Okafor", "."]];
        byte[][] labels = [[BioLabel.BPer, BioLabel.IPer, 0, BioLabel.BLoc, 0], [BioLabel.BOrg, BioLabel.IOrg, 0, BioLabel.BPer, BioLabel.IPer, 0]];
        var sentences = words.Select((w, k) => LabeledSentence.FromWords(w, labels[k])).ToList();
        var model = PerceptronTagger.Train(sentences, Gazetteer.Empty, epochs: 10, bits: 12);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var loaded = PerceptronModel.Read(stream);
        foreach (var s in sentences)
        {
            var a = new byte[s.Text.Count];
            var b = new byte[s.Text.Count];
            var hints = new GazetteerHint[s.Text.Count];
            new PerceptronTagger(model, Gazetteer.Empty).Tag(s.Text, 0, hints, a);
            new PerceptronTagger(loaded, Gazetteer.Empty).Tag(s.Text, 0, hints, b);
            Assert.Equal(s.Labels, a);
            Assert.Equal(a, b);
        }
    }

    private static void AssertEntity(string text, string span, string spec)
    {
        var found = EntityRecognizer.Find(Tokenizer.Tokenize(text));
        var e = found.FirstOrDefault(x => x.Text == span);
        Assert.True(e is not null, $"no entity '{span}' in '{text}'; found: {string.Join(" | ", found.Select(x => $"{x.Text}:{x.Type}"))}");
        Assert.Equal(span, text[e!.Start..e.End]);
        foreach (var (key, expected) in Expect.Parse(spec))
        {
            switch (key)
            {
                case "type": Expect.Equal(key, expected, AnalysisNames.Of(e.Type), text); break;
                case "canonical": Expect.Equal(key, expected, e.Canonical, text); break;
                case "role": Expect.Equal(key, expected, e.Role, text); break;
                default: Assert.Fail($"unknown key {key}"); break;
            }
        }
    }
}
