namespace NewsClaims.App.Tests.Reconciliation;

/// <summary>Five invented news stories, each told by three or four outlets, written for these tests. Between them they hold every
/// verdict reconciliation gives: agreement, a precision difference, a modality difference, a rising toll, a real contradiction,
/// a syndicated copy and a translated copy.</summary>
public static class OwnStories
{
    /// <summary>One article: who published it, when, and its text (and a title, where a test needs one).</summary>
    public sealed record Article(string Story, string Outlet, string Published, string Text, string? Title = null);

    /// <summary>Where an article "was published": one made-up site per outlet.</summary>
    public static string UrlOf(string story, string outlet) =>
        $"https://{outlet.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)}.example/{story}/article";

    /// <summary>Writes each article as a text file and an `ingest --manifest` file naming them, in <paramref name="folder"/>.</summary>
    public static void WriteManifest(string folder, IEnumerable<Article> articles, string manifest)
    {
        var lines = articles.Select(a =>
        {
            var path = Path.Combine(folder, $"{a.Story}-{a.Outlet.Replace(' ', '-')}.txt");
            File.WriteAllText(path, a.Text);
            return System.Text.Json.JsonSerializer.Serialize(new { path, url = UrlOf(a.Story, a.Outlet), outlet = a.Outlet, published = a.Published, title = a.Title });
        });
        File.WriteAllLines(Path.Combine(folder, manifest), lines);
    }

    public static readonly Article[] All =
    [
        // A plant closure: the outlets disagree on the job cuts; the wire copy is the Courier's text word for word.
        new("plant", "Valley Courier", "2026-05-12T09:00:00Z", """
            Kestrel Motors will close its Dunmore assembly plant next spring, cutting 1,200 jobs, the carmaker said on Tuesday.
            The plant has built delivery vans for Kestrel Motors since 1987 and is the largest employer in the town.
            Union leader Priya Natarajan called the decision a betrayal of a loyal workforce.
            Kestrel Motors said demand for diesel vans had collapsed across Europe.
            """),
        new("plant", "Metro Wire", "2026-05-12T11:30:00Z", """
            Kestrel Motors will close its Dunmore assembly plant next spring, cutting 1,200 jobs, the carmaker said on Tuesday.
            The plant has built delivery vans for Kestrel Motors since 1987 and is the largest employer in the town.
            Union leader Priya Natarajan called the decision a betrayal of a loyal workforce.
            Kestrel Motors said demand for diesel vans had collapsed across Europe.
            """),
        new("plant", "Harbour Gazette", "2026-05-12T14:00:00Z", """
            Kestrel Motors is to shut its Dunmore factory with the loss of 1,800 jobs, according to Priya Natarajan of the van workers' union.
            Workers at the Dunmore site learned of the closure at a meeting with managers. Kestrel Motors blamed weak demand for diesel vans.
            """),

        // A storm whose toll rises through the day: each later report revises the last, no outlet contradicts another.
        new("storm", "Coastline Post", "2026-02-08T07:00:00Z", """
            Twelve people were killed when a violent storm struck the coast of Marenna overnight, the Marenna Coast Guard said.
            Governor Lidia Sorensen declared a state of emergency and asked residents to stay indoors.
            """),
        new("storm", "Valley Courier", "2026-02-08T13:00:00Z", """
            The death toll from the storm that battered Marenna rose to 19 on Sunday, according to the Marenna Coast Guard.
            Governor Lidia Sorensen said rescue teams were still searching flooded villages along the coast.
            """),
        new("storm", "Harbour Gazette", "2026-02-09T06:00:00Z", """
            The storm that swept across Marenna has killed 27 people, the Marenna Coast Guard said on Monday, as rescuers reached cut-off villages.
            Governor Lidia Sorensen thanked the rescue crews and said rebuilding would take years.
            """),

        // Annual results: two outlets state the revenue as fact, one calls it expected; the bakery opening is a day in one
        // report and a month in another.
        new("results", "Harbour Gazette", "2026-01-19T08:00:00Z", """
            Brightwater Foods generated revenue of $2.4 billion in 2025, chief executive Nadia Okafor said on Monday.
            Brightwater Foods will open its new Tarrow bakery on March 3, Okafor said.
            """),
        new("results", "Coastline Post", "2026-01-19T10:00:00Z", """
            Brightwater Foods is expected to report revenue of $2.4 billion for 2025, analysts at Sable Bank said ahead of the results.
            Brightwater Foods plans to open its Tarrow bakery in March 2026, Nadia Okafor told investors.
            """),
        new("results", "Metro Wire", "2026-01-19T12:00:00Z", """
            Brightwater Foods posted revenue of $2.4 billion in 2025, Nadia Okafor said, and its new Tarrow bakery opens in March.
            """),

        // A port's year: the Baltic Daily runs a translation of the Nordic Ledger's report (same figures, same order, new words).
        new("port", "Nordic Ledger", "2026-03-02T08:00:00Z", """
            The Port of Halden handled 4.2 million containers in 2025, the Halden Port Authority said in its annual report.
            The Halden Port Authority will spend 600 million euros on a deep-water terminal.
            The new terminal is due to open in 2028. The authority employs 2,300 people.
            """),
        new("port", "Baltic Daily", "2026-03-02T15:00:00Z", """
            Translated from the Nordic Ledger.
            Last year 4.2 million containers passed through the Port of Halden, according to the annual report of the Halden Port Authority.
            The Halden Port Authority plans to spend 600 million euros on a deep-water terminal.
            Opening of the terminal is scheduled for 2028. The authority has a staff of 2,300 people.
            """),
        new("port", "Coastline Post", "2026-03-03T09:00:00Z", """
            Traffic at the Port of Halden reached 4.2 million containers in 2025, a record, Halden Port Authority figures show.
            Harbour master Jonas Lindgren said the Halden Port Authority was running out of quay space.
            """),

        // A rail strike: the union and the operator agree on the fare rise, but not on the day the strike starts.
        new("strike", "Valley Courier", "2026-04-02T09:00:00Z", """
            Train drivers in the Railway Workers Federation will begin a strike on 14 April, the union's leader Tomas Eklund said.
            The Northern Rail Authority said fares would rise by 4% in May.
            """),
        new("strike", "Coastline Post", "2026-04-02T12:00:00Z", """
            The Railway Workers Federation strike will start on 21 April, Tomas Eklund told the Coastline Post.
            Fares on the Northern Rail Authority network will rise 4% in May.
            """),
        new("strike", "Harbour Gazette", "2026-04-02T16:00:00Z", """
            A strike by the Railway Workers Federation begins in April, Tomas Eklund said, after the Northern Rail Authority said fares would rise 4%.
            """),
    ];
}
