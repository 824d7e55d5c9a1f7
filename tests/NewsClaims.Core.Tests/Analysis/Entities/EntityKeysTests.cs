using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Entities.Identity;

namespace NewsClaims.Core.Tests.Analysis.Entities;

/// <summary>The keys that let one entity be found again in another outlet's article, and what must not match.</summary>
public class EntityKeysTests
{
    [Theory]
    [InlineData("The Washington Post", "Washington Post")]
    [InlineData("U.S. Postal Service", "United States Postal Service")]
    [InlineData("US Postal Service", "United States Postal Service")]
    [InlineData("Kestrel Foods Inc.", "Kestrel Foods")]
    [InlineData("Meridian Air Ltd", "meridian air")]
    [InlineData("Amazon's", "Amazon")]
    [InlineData("Amazon’s", "Amazon")]
    [InlineData("Zoë Brannigan", "Zoe Brannigan")]
    [InlineData("Harbour & Rail Trust", "Harbour and Rail Trust")]
    [InlineData("Jean-Luc Moreau", "Jean Luc Moreau")]
    public void Spellings_of_one_name_share_a_key(string a, string b) => Assert.Equal(EntityKeys.Normalize(a), EntityKeys.Normalize(b));

    [Theory]
    [InlineData("Tom Harris", "Ellen Harris")]
    [InlineData("Northern Rail", "Northern Rail Authority")]
    [InlineData("The Post", "The Washington Post")]
    [InlineData("Apple", "Apple Records")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(EntityKeys.Normalize(a), EntityKeys.Normalize(b));

    [Theory]
    [InlineData("US Postal Service", "USPS")]
    [InlineData("United States Postal Service", "USPS")]
    [InlineData("Bank of England", "BE")]
    [InlineData("Northern Rail Authority", "NRA")]
    [InlineData("Maritime Safety Agency", "MSA")]
    [InlineData("Amazon", null)]
    [InlineData("USPS", null)]
    [InlineData("the company", null)]
    public void Acronyms_are_the_initials_of_the_capitalised_words(string name, string? acronym) => Assert.Equal(acronym, EntityKeys.AcronymOf(name));

    [Fact]
    public void An_article_entity_collects_its_mentions_and_offers_its_name_and_acronym_as_keys()
    {
        var text = "Fares will rise in January, the Northern Rail Authority (NRA) said on Monday. The NRA said costs had risen, "
                   + "and chief executive Marta Lindqvist told staff the rise was unavoidable. Lindqvist declined to comment further.";
        var analysis = TextAnalyzer.Analyze(text, new DateOnly(2026, 11, 16));

        var entities = ArticleEntity.Group(analysis.Entities);

        var authority = Assert.Single(entities, e => e.Name == "Northern Rail Authority");
        Assert.Equal(EntityType.Organization, authority.Type);
        Assert.Contains("nra", authority.MatchKeys);
        Assert.Contains("northern rail authority", authority.MatchKeys);
        Assert.Contains(authority.Mentions, i => analysis.Entities[i].Text == "NRA");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Marta Lindqvist", person.Name);
        Assert.Equal(["marta lindqvist"], person.MatchKeys);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_person_known_by_one_word_offers_no_key_to_match_other_articles()
    {
        IReadOnlyList<EntityMention> mentions = [new("Harris", 0, 6, EntityType.Person, "Harris", null)];

        var person = Assert.Single(ArticleEntity.Group(mentions));

        Assert.Empty(person.MatchKeys);
        Assert.Equal("harris", person.Key);
    }

    [Fact]
    public void An_acronym_the_article_did_not_define_is_offered_only_when_it_has_three_letters()
    {
        IReadOnlyList<EntityMention> mentions =
        [
            new("Federal Reserve", 0, 15, EntityType.Organization, "Federal Reserve", null),
            new("Harbour Safety Board", 20, 40, EntityType.Organization, "Harbour Safety Board", null),
        ];

        var entities = ArticleEntity.Group(mentions);

        Assert.Equal(["federal reserve"], entities[0].MatchKeys);
        Assert.Equal(["harbour safety board", "hsb"], entities[1].MatchKeys);
    }
}
