using System.Globalization;

namespace NewsClaims.App.Entities;

/// <summary>Builds the name lists the model ships from ../shared/ner/gazetteers: first names (US census 1990), places (GeoNames
/// cities of 15,000 people or more, with their ASCII spellings, and capitals) and countries (GeoNames country table, plus the
/// short forms news uses).</summary>
public static class GazetteerLists
{
    // Short forms news writes that the country table does not list.
    private static readonly string[] CountryShortForms =
        ["US", "U.S.", "USA", "America", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
         "Russia", "South Korea", "North Korea", "Iran", "Syria", "Vietnam", "Laos", "Taiwan", "the Netherlands", "Holland", "Czechia",
         "Ivory Coast", "Congo", "the Gulf", "UAE", "EU"];

    /// <summary>Writes first-names.txt, places.txt and countries.txt into <paramref name="outFolder"/>; returns their sizes.</summary>
    public static (int FirstNames, int Places, int Countries) Write(string gazetteerFolder, string outFolder)
    {
        var census = Path.Combine(gazetteerFolder, "census1990_first");
        var firstNames = new[] { "dist.male.first", "dist.female.first" }
            .SelectMany(f => File.ReadLines(Path.Combine(census, f)))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
            .Where(n => !string.IsNullOrEmpty(n))
            .Select(n => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(n!.ToLowerInvariant()))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var geonames = Path.Combine(gazetteerFolder, "geonames");
        var countries = new List<string>(CountryShortForms);
        var places = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(geonames, "countryInfo.txt")))
        {
            if (line.StartsWith('#'))
                continue;
            var c = line.Split('\t');
            if (c.Length > 5)
            {
                countries.Add(c[4]);
                places.Add(c[5]);
            }
        }
        foreach (var line in File.ReadLines(Path.Combine(geonames, "cities15000.txt")))
        {
            var c = line.Split('\t');
            if (c.Length > 2)
            {
                places.Add(c[1]);
                places.Add(c[2]);
            }
        }
        var placeList = Clean(places);
        var countryList = Clean(countries);
        Directory.CreateDirectory(outFolder);
        File.WriteAllLines(Path.Combine(outFolder, "first-names.txt"),
            ["# First names from the US Census Bureau's 1990 name files (public domain).", .. firstNames]);
        File.WriteAllLines(Path.Combine(outFolder, "places.txt"),
            ["# Cities of 15,000 people or more and capitals, from GeoNames (geonames.org, CC BY 4.0).", .. placeList]);
        File.WriteAllLines(Path.Combine(outFolder, "countries.txt"),
            ["# Country names from the GeoNames country table (geonames.org, CC BY 4.0), plus common short forms.", .. countryList]);
        return (firstNames.Count, placeList.Count, countryList.Count);
    }

    private static List<string> Clean(IEnumerable<string> names) =>
        names.Select(n => n.Trim()).Where(n => n.Length > 1 && n.Any(char.IsUpper))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
}
