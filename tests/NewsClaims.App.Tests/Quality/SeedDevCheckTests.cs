using NewsClaims.App.Benchmarks;
using NewsClaims.App.Tests.Support;
using Xunit.Abstractions;

namespace NewsClaims.App.Tests.Quality;

/// <summary>The seed dev check (`bench seeds`) as a gate: the figures, dates and entities of the three seed articles stay as
/// quality/seed-analysis.json expects them.</summary>
public sealed class SeedDevCheckTests(ITestOutputHelper output)
{
    private static readonly string Seeds = Path.Combine(Repository.Shared, "seeds");
    private static readonly string Expectations = Path.Combine(Repository.Root, "quality", "seed-analysis.json");

    [Fact]
    public void Every_expected_figure_and_date_is_found_and_nothing_else()
    {
        if (!Available())
            return;
        var problems = SeedCheck.Run(Seeds, Expectations).SelectMany(o => o.Missing.Concat(o.Extra).Select(p => $"{o.Seed}: {p}")).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_person_and_organisation_is_found_and_each_is_one_entity_across_the_seeds()
    {
        if (!Available())
            return;
        var outcome = SeedEntityCheck.Run(Seeds, Expectations);
        foreach (var line in outcome.Found)
            output.WriteLine(line);
        Assert.Empty(outcome.Problems);
        Assert.Contains("one entity: David Steiner = Steiner (3 articles)", outcome.Found);
    }

    private bool Available()
    {
        if (Directory.Exists(Seeds))
            return true;
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Seeds} is missing: the seed check cannot run");
        output.WriteLine($"{Seeds} not found: seed check not run on this machine");
        return false;
    }
}
