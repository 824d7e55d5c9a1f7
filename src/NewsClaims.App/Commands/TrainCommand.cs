using System.CommandLine;
using System.Diagnostics;
using NewsClaims.App.Benchmarks;
using NewsClaims.App.Entities;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Entities.Tagging;

namespace NewsClaims.App.Commands;

/// <summary><c>newsclaims train entities</c>: rebuilds the shipped entity model (name lists and tagger weights) from ../shared/ner.</summary>
internal static class TrainCommand
{
    public const string DefaultNerData = "../shared/ner";
    public const string DefaultModelFolder = "src/NewsClaims.Core/Analysis/Entities/Model";

    public static Command Create()
    {
        var command = new Command("train", "Train the project's learned models from openly licensed data");
        command.Subcommands.Add(Entities());
        return command;
    }

    private static Command Entities()
    {
        var data = new Option<string>("--data")
        {
            Description = $"The NER data folder with corpora/ and gazetteers/ (default: {DefaultNerData})",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultNerData,
        };
        var output = new Option<string>("--out")
        {
            Description = $"Where the model files go; rebuild afterwards to ship them (default: {DefaultModelFolder})",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultModelFolder,
        };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences (default: 6)", DefaultValueFactory = _ => 6 };
        var bits = new Option<int>("--bits") { Description = "Feature table size as a power of two (default: 20)", DefaultValueFactory = _ => 20 };
        var command = new Command("entities", """
            Writes the name lists (census first names, GeoNames places and countries) and trains the averaged-perceptron
            entity tagger on the training part of every corpus, then scores it on the held-out part (one document in five;
            WNUT-17's own test file). The run is reproducible: same data, same seed, same weights.
            """) { data, output, epochs, bits };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(data)!;
            var outDir = parse.GetValue(output)!;
            if (!Directory.Exists(Path.Combine(dir, "corpora")) || !Directory.Exists(Path.Combine(dir, "gazetteers")))
                return CommonOptions.Error($"{Path.GetFullPath(dir)}: no corpora/ and gazetteers/ folders here (give --data)", CommonOptions.ExitConfig);
            var (names, places, countries) = GazetteerLists.Write(Path.Combine(dir, "gazetteers"), outDir);
            Console.WriteLine($"name lists: {names:N0} first names, {places:N0} places, {countries:N0} countries → {outDir}");
            var gazetteer = new Gazetteer(Lines(outDir, "first-names.txt"), Lines(outDir, "places.txt"), Lines(outDir, "countries.txt"));
            var corpus = NerCorpus.Load(dir);
            var train = corpus.Where(s => !s.HeldOut).Select(s => LabeledSentence.FromWords(s.Words, s.Labels)).ToList();
            var heldOut = corpus.Where(s => s.HeldOut).Select(s => (s.Corpus, LabeledSentence.FromWords(s.Words, s.Labels))).ToList();
            Console.WriteLine($"training on {train.Count:N0} sentences ({train.Sum(s => s.Text.Count):N0} tokens); {heldOut.Count:N0} held out");
            var clock = Stopwatch.StartNew();
            var model = PerceptronTagger.Train(train, gazetteer, parse.GetValue(epochs), parse.GetValue(bits),
                progress: (epoch, accuracy) => Console.Error.WriteLine(FormattableString.Invariant($"epoch {epoch}: token accuracy {accuracy:0.0000}")));
            var path = Path.Combine(outDir, "tagger.bin");
            using (var file = File.Create(path))
                model.Write(file);
            Console.WriteLine(FormattableString.Invariant($"trained in {clock.Elapsed.TotalSeconds:0} s → {path} ({new FileInfo(path).Length / 1024.0:N0} KiB)"));
            Console.Write(EntityBenchmark.Summary(EntityBenchmark.Run(heldOut, new PerceptronTagger(model, gazetteer))));
            return 0;
        });
        return command;
    }

    private static List<string> Lines(string folder, string name) =>
        File.ReadLines(Path.Combine(folder, name)).Where(l => l.Length > 0 && l[0] != '#').ToList();
}
