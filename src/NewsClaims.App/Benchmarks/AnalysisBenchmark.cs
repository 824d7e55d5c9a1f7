using System.Diagnostics;
using System.Text;
using NewsClaims.Core.Analysis;

namespace NewsClaims.App.Benchmarks;

/// <summary>Times the figure and date recognisers over a generated corpus of news-like text of our own.</summary>
/// <remarks>
/// The corpus is made from sentence patterns we wrote, filled with random figures, dates and names from a fixed seed,
/// and mixed with plain prose at about the rate wire copy carries numbers, so runs are comparable across machines.
/// </remarks>
internal static class AnalysisBenchmark
{
    public sealed record Result(long Characters, int Documents, int Figures, int Dates, double Seconds, double MegabytesPerSecond,
        double WholeAnalysisMegabytesPerSecond);

    private static readonly string[] Subjects = ["The ministry", "Northwind Rail", "The city council", "Harbor Mutual", "The union", "Kestrel Foods", "The regulator", "Pinecrest Bank"];
    private static readonly string[] People = ["Maria Oduya", "Tomas Rehn", "Aiko Brandt", "Samuel Okafor", "Lena Vries"];
    private static readonly string[] Prose =
    [
        "{S} said the decision followed months of consultation with residents and business owners.",
        "Critics argued that the plan would leave smaller suppliers without a fair chance to compete.",
        "{P}, who leads the group, told reporters the outcome was not what members had hoped for.",
        "The announcement came as lawmakers debated a broader overhaul of the sector.",
        "Officials declined to comment on the talks, citing the confidentiality of the process.",
        "Analysts said the move reflected a shift in strategy rather than a response to any single event.",
        "{S} did not respond to a request for comment.",
        "Residents gathered outside the building to hear the result, some carrying handmade signs.",
    ];
    private static readonly string[] Facts =
    [
        "{S} reported revenue of ${M} billion in {Y}, up {R}% from a year earlier.",
        "About {N} workers will lose their jobs by the end of {Y2}, {P} said on {W}.",
        "The agreement, signed on {Mo} {D}, runs until {D} {Mo} {Y2} and is worth more than £{M}m.",
        "Shares fell {R} percent to ${M}.{N2} in early trading last week.",
        "The project is expected to cost between ${M} and ${M2} million over the next {K} years.",
        "Nearly {N} households lost power on {W} night, and thousands of customers waited for hours.",
        "Inflation eased to {R}.{N2}% in the first quarter, the lowest since early {Y}.",
        "The council approved {K} new schools and a {K}-year budget of €{M}bn on {Mo} {D}.",
    ];
    private static readonly string[] Months = ["January", "March", "May", "July", "Sept.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static List<string> Corpus(long characters, int seed = 20261121)
    {
        var random = new Random(seed);
        var docs = new List<string>();
        long total = 0;
        while (total < characters)
        {
            var sb = new StringBuilder();
            var sentences = random.Next(20, 40);
            for (var s = 0; s < sentences; s++)
            {
                var pattern = random.NextDouble() < 0.3 ? Facts[random.Next(Facts.Length)] : Prose[random.Next(Prose.Length)];
                sb.Append(Fill(pattern, random)).Append(s % 3 == 2 ? '\n' : ' ');
            }
            docs.Add(sb.ToString());
            total += sb.Length;
        }
        return docs;
    }

    private static string Fill(string pattern, Random r) => pattern
        .Replace("{S}", Subjects[r.Next(Subjects.Length)]).Replace("{P}", People[r.Next(People.Length)])
        .Replace("{M2}", r.Next(50, 99).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{M}", r.Next(1, 49).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{N2}", r.Next(10, 99).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{N}", r.Next(1000, 99000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{R}", r.Next(1, 30).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{K}", r.Next(2, 12).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{Y2}", r.Next(2026, 2030).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{Y}", r.Next(2015, 2026).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{D}", r.Next(1, 28).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{Mo}", Months[r.Next(Months.Length)]).Replace("{W}", Weekdays[r.Next(Weekdays.Length)]);

    /// <summary>
    /// Reads every document on one thread (after a warm-up pass over a tenth) twice: figures and dates alone (the
    /// recognisers' own cost), then the whole analysis with entities and claims; reports the rate per core of each.
    /// </summary>
    public static Result Run(List<string> docs, DateOnly published)
    {
        foreach (var doc in docs.Take(Math.Max(1, docs.Count / 10)))
            TextAnalyzer.Analyze(doc, published);
        long chars = docs.Sum(d => (long)d.Length);
        int figures = 0, dates = 0;
        var watch = Stopwatch.StartNew();
        foreach (var doc in docs)
        {
            var (_, _, d, f) = TextAnalyzer.FiguresAndDates(doc, published);
            figures += f.Count;
            dates += d.Count;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        foreach (var doc in docs)
            TextAnalyzer.Analyze(doc, published);
        var whole = watch.Elapsed.TotalSeconds;
        return new Result(chars, docs.Count, figures, dates, seconds, chars / 1e6 / seconds, chars / 1e6 / whole);
    }
}
