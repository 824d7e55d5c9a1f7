using System.Collections.Frozen;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities;

/// <summary>What the name lists say about a token: a common first name, part of a known place, a company suffix, a title word.</summary>
[Flags]
public enum GazetteerHint : byte
{
    None = 0,
    FirstName = 1,
    PlaceBegin = 2,
    PlaceInside = 4,
    Country = 8,
    OrgSuffix = 16,
    TitleWord = 32,
}

/// <summary>Name lists shipped with the model: first names (US census 1990), places (GeoNames cities ≥ 15,000 and countries),
/// and closed lists of company suffixes and titles.</summary>
public sealed class Gazetteer
{
    private const int MaxPlaceTokens = 4;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _places;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _countries;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgSuffixes = Set(
        "Inc", "Corp", "Corporation", "Co", "Ltd", "LLC", "LLP", "plc", "PLC", "AG", "SA", "NV", "GmbH", "Group", "Holdings",
        "Company", "Bank", "Airlines", "Airways", "Association", "Agency", "Authority", "Administration", "Service", "Services",
        "Department", "Ministry", "Commission", "Council", "Committee", "Board", "Institute", "University", "College", "Foundation",
        "Party", "Union", "Federation", "Organization", "Organisation", "Trust", "Fund", "Bureau", "Office", "Court", "Police",
        "Army", "Navy", "Parliament", "Congress", "Senate", "Reserve", "Exchange", "Partners", "Capital", "Technologies", "Labs",
        "Systems", "Motors", "Pharmaceuticals", "Energy", "Telecom", "Media", "News", "Network", "Club", "Society", "Center", "Centre",
        "Foods", "Industries", "Brands", "Stores", "Logistics", "Insurance", "Mining", "Petroleum", "Chemicals", "Electric", "Airport",
        "Railway", "Railways", "Rail", "Airline", "Shipping", "Utilities", "Water", "Hospital", "School");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = Set(
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "President", "Minister", "Secretary", "Senator", "Sen",
        "Rep", "Representative", "Governor", "Gov", "Mayor", "Judge", "Justice", "General", "Gen", "Colonel", "Col", "Captain",
        "Capt", "Lt", "Sgt", "Chancellor", "Prime", "King", "Queen", "Prince", "Princess", "Pope", "Bishop", "Rev", "Chairman",
        "Chairwoman", "Chair", "CEO", "spokesperson", "spokesman", "spokeswoman", "executive", "director", "founder", "analyst",
        "economist", "chief", "Postmaster", "Commissioner", "Ambassador", "Attorney", "Detective", "Inspector", "Officer",
        "coach", "manager", "striker", "leader", "Leader", "Speaker", "Chief", "Director", "professor", "Professor");

    public Gazetteer(IEnumerable<string> firstNames, IEnumerable<string> places, IEnumerable<string> countries)
    {
        _firstNames = firstNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _places = places.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _countries = countries.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An empty gazetteer (for tests of the learner alone).</summary>
    public static Gazetteer Empty { get; } = new([], [], []);

    public bool IsFirstName(ReadOnlySpan<char> word) => _firstNames.Contains(word);

    public bool IsCountry(ReadOnlySpan<char> name) => _countries.Contains(name);

    public bool IsPlace(ReadOnlySpan<char> name) => _places.Contains(name) || _countries.Contains(name);

    public static bool IsTitleWord(ReadOnlySpan<char> word) => TitleWords.Contains(word);

    public static bool IsOrgSuffix(ReadOnlySpan<char> word) => OrgSuffixes.Contains(word);

    /// <summary>Fills one hint per token of the sentence [start, end).</summary>
    public void Hints(TokenizedText t, int start, int end, Span<GazetteerHint> hints)
    {
        hints.Clear();
        for (var i = start; i < end; i++)
        {
            if (!t.IsWord(i))
                continue;
            var word = t.Span(i);
            var h = GazetteerHint.None;
            // Only capitalised words count: "will" and "mark" are names too, but not as written in running text.
            if (t[i].Has(TokenFlags.Capitalised))
            {
                if (_firstNames.Contains(word))
                    h |= GazetteerHint.FirstName;
                if (OrgSuffixes.Contains(word))
                    h |= GazetteerHint.OrgSuffix;
            }
            if (TitleWords.Contains(word))
                h |= GazetteerHint.TitleWord;
            hints[i - start] |= h;
            if ((hints[i - start] & GazetteerHint.PlaceInside) != 0 || !t[i].Has(TokenFlags.Capitalised))
                continue;
            // The longest known place starting here: "New York City" before "New York".
            for (var n = Math.Min(MaxPlaceTokens, end - i); n >= 1; n--)
            {
                var last = i + n - 1;
                if (!t.IsWord(last))
                    continue;
                var span = t.Text.AsSpan(t[i].Start, t[last].End - t[i].Start);
                var country = _countries.Contains(span);
                if (!country && !_places.Contains(span))
                    continue;
                hints[i - start] |= GazetteerHint.PlaceBegin | (country ? GazetteerHint.Country : 0);
                for (var k = i + 1; k <= last; k++)
                    hints[k - start] |= GazetteerHint.PlaceInside | (country ? GazetteerHint.Country : 0);
                break;
            }
        }
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
