using NewsClaims.Core.Analysis.Entities.Tagging;

namespace NewsClaims.App.Entities;

/// <summary>Reads the openly licensed NER corpora in ../shared/ner into labelled sentences, split into training and held-out parts.</summary>
/// <remarks>
/// Every corpus is CoNLL-style: one token per line, the label in the last column that looks like one (O, B-X, I-X), blank lines
/// between sentences, "-DOCSTART-" between documents. IOB1 (I- opening a name) is read as BIO. Types map through
/// <see cref="BioLabel.FromCorpusType"/>: MISC, products, creative works, weapons and the like become O.
/// The split is fixed: one document in five is held out (every fifth, in file order; a document of more than 50 sentences
/// counts as blocks of 50), except WNUT-17, whose own test file is the held-out part.
/// </remarks>
public static class NerCorpus
{
    private const int BlockSentences = 50;

    /// <summary>A corpus sentence: its words and their BIO labels.</summary>
    public sealed record Sentence(string Corpus, IReadOnlyList<string> Words, IReadOnlyList<byte> Labels, bool HeldOut);

    /// <summary>The files each corpus is read from, relative to the data folder ("*" in a file or folder name matches any).</summary>
    public static IReadOnlyList<(string Corpus, string Folder, string Files)> Sources { get; } =
    [
        ("wikigold", "corpora/wikigold", "wikigold.conll.txt"),
        ("wnut17", "corpora/wnut17", "*.conll"),
        ("wnut17", "corpora/wnut17", "emerging.test.annotated"),
        ("btc", "corpora/btc", "*.conll"),
        ("sec_filings", "corpora/sec_filings", "FIN*.txt"),
        ("re3d", "corpora/re3d/*", "*.conll"),
        ("gum", "corpora/gum", "gum_cc_by.conll"),
    ];

    /// <summary>Every sentence of every corpus found under <paramref name="dataFolder"/>; a corpus that is missing is skipped.</summary>
    public static List<Sentence> Load(string dataFolder)
    {
        var all = new List<Sentence>();
        var documentIndex = new Dictionary<string, int>();
        foreach (var (corpus, folder, files) in Sources)
        {
            foreach (var file in Files(dataFolder, folder, files))
            {
                var testFile = Path.GetFileName(file).Contains("test", StringComparison.Ordinal);
                foreach (var document in Documents(File.ReadLines(file)))
                {
                    var d = documentIndex.GetValueOrDefault(corpus);
                    documentIndex[corpus] = d + 1;
                    var heldOut = corpus == "wnut17" ? testFile : d % 5 == 4;
                    all.AddRange(document.Select(s => new Sentence(corpus, s.Words, s.Labels, heldOut)));
                }
            }
        }
        return all;
    }

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var star = folder.IndexOf('*', StringComparison.Ordinal);
        var folders = star < 0
            ? [Path.Combine(root, folder)]
            : Directory.Exists(Path.Combine(root, folder[..star]))
                ? Directory.GetDirectories(Path.Combine(root, folder[..star])).Order(StringComparer.Ordinal).ToArray()
                : [];
        return folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, pattern).Order(StringComparer.Ordinal));
    }

    /// <summary>The documents of one file, each a list of sentences; long documents come out as blocks of sentences.</summary>
    public static IEnumerable<List<(List<string> Words, List<byte> Labels)>> Documents(IEnumerable<string> lines)
    {
        var document = new List<(List<string>, List<byte>)>();
        var words = new List<string>();
        var labels = new List<byte>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndSentence();
                if (document.Count > 0)
                    yield return document;
                document = [];
                continue;
            }
            if (line.Length == 0)
            {
                EndSentence();
                if (document.Count >= BlockSentences)
                {
                    yield return document;
                    document = [];
                }
                continue;
            }
            var columns = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 2)
                continue;
            var label = columns.Skip(1).LastOrDefault(IsLabel) ?? "O";
            var type = label == "O" ? BioLabel.O : BioLabel.FromCorpusType(label[2..]);
            // IOB1 opens a name with I-; BIO with B-. Either way a name starts where the type changes or a B- stands.
            var previous = labels.Count > 0 ? labels[^1] : BioLabel.O;
            var begins = label.StartsWith("B-", StringComparison.Ordinal) || previous == BioLabel.O || BioLabel.Begin(previous) != type;
            words.Add(columns[0]);
            labels.Add(type == BioLabel.O ? BioLabel.O : begins ? type : BioLabel.Inside(type));
        }
        EndSentence();
        if (document.Count > 0)
            yield return document;

        void EndSentence()
        {
            if (words.Count > 0)
                document.Add((words, labels));
            words = [];
            labels = [];
        }
    }

    private static bool IsLabel(string column) =>
        column == "O" || (column.Length > 2 && column[1] == '-' && column[0] is 'B' or 'I' or 'E' or 'S');
}
