using System.Collections.Frozen;

namespace NewsClaims.Core.Analysis.Entities;

/// <summary>Words that make a title or role ("chief executive", "Postmaster General", "spokesperson") and outlets' names.</summary>
internal static class RoleWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = new[]
    {
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "CEO", "CFO", "COO", "CTO", "chairman", "chairwoman", "chair",
        "chairperson", "president", "vice", "founder", "co-founder", "cofounder", "director", "secretary", "minister", "governor",
        "mayor", "senator", "representative", "congressman", "congresswoman", "analyst", "economist", "professor", "chancellor",
        "commissioner", "ambassador", "treasurer", "chief", "executive", "officer", "head", "leader", "manager", "coach", "owner",
        "lawyer", "attorney", "judge", "justice", "general", "postmaster", "deputy", "acting", "interim", "former", "premier",
        "king", "queen", "prince", "princess", "pope", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Sgt",
        "Capt", "Prof", "Sir", "Dame", "Lord", "spokes", "strategist", "researcher", "scientist", "adviser", "advisor",
        "inspector", "superintendent", "sheriff", "prosecutor", "editor", "correspondent", "reporter", "columnist", "author",
        "partner", "principal", "administrator", "controller", "counsel", "chairs", "boss", "captain", "striker", "player",
        "chancellor", "speaker", "whip", "envoy", "commander", "colonel", "sergeant", "detective", "constable", "official",
        "officials", "board", "member", "trustee", "president-elect", "vice-president", "co-chair", "executive-director",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words a news outlet's name ends in ("The Harbour Gazette", "The Washington Post").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletHeads = new[]
    {
        "Post", "Times", "Journal", "Herald", "Tribune", "Gazette", "Courier", "Chronicle", "Telegraph", "Guardian", "Observer",
        "Independent", "Examiner", "Inquirer", "Globe", "Mail", "Mirror", "Express", "Sun", "Register", "Dispatch", "Bulletin",
        "Standard", "Record", "Wire", "Monitor", "Economist", "Gazette", "Daily", "Weekly", "Review",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Outlets and agencies known by a bare name.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownOutlets = new[]
    {
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "Bloomberg News", "BBC", "CNN", "CNBC",
        "NPR", "Fox News", "MSNBC", "ABC News", "CBS News", "NBC News", "Axios", "Politico", "Semafor", "The Verge", "TechCrunch",
        "Wired", "Al Jazeera", "Deutsche Welle", "Xinhua", "Kyodo", "Yonhap", "TASS", "Sky News", "ITV News", "The Information",
        "Financial Times", "FT", "Business Insider", "Insider", "Forbes", "Fortune", "Vox", "BuzzFeed News", "HuffPost",
        "Los Angeles Times", "USA Today", "ProPublica", "The Atlantic", "The New Yorker", "Newsweek", "Time",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsRole(ReadOnlySpan<char> word) => Roles.Contains(word);

    public static bool IsOutletHead(ReadOnlySpan<char> word) => OutletHeads.Contains(word);

    public static bool IsKnownOutlet(ReadOnlySpan<char> name) => KnownOutlets.Contains(name);
}
