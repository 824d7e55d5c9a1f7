using NewsClaims.Core.Analysis.Entities.Tagging;

namespace NewsClaims.Core.Analysis.Entities;

/// <summary>The tagger and name lists that ship inside the assembly, loaded once on first use.</summary>
public static class ShippedModel
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(() => new Gazetteer(Lines("first-names.txt"), Lines("places.txt"), Lines("countries.txt")));

    private static readonly Lazy<PerceptronTagger> LazyTagger = new(() =>
    {
        using var stream = Resource("tagger.bin");
        return new PerceptronTagger(PerceptronModel.Read(stream), LazyGazetteer.Value);
    });

    public static Gazetteer Gazetteer => LazyGazetteer.Value;

    public static PerceptronTagger Tagger => LazyTagger.Value;

    private static Stream Resource(string name) =>
        typeof(ShippedModel).Assembly.GetManifestResourceStream("entities/" + name)
        ?? throw new InvalidOperationException($"entities/{name} is missing from the build; run `newsclaims train entities` (see Model/README.md)");

    private static IEnumerable<string> Lines(string name)
    {
        using var reader = new StreamReader(Resource(name));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                lines.Add(line);
        }
        return lines;
    }
}
