using System.Diagnostics;
using NewsClaims.App.Entities;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Entities.Tagging;

namespace NewsClaims.App.Benchmarks;

/// <summary>Typed F1 of the entity tagger, and of the whole recogniser (tagger and rules), on labelled sentences: a name counts
/// when its tokens and its type both match; and the recogniser's speed on news-length documents.</summary>
public static class EntityBenchmark
{
    public sealed record Result(MatchCounts All, IReadOnlyDictionary<EntityType, MatchCounts> ByType,
        IReadOnlyDictionary<string, MatchCounts> ByCorpus, int Sentences, long Tokens, double TokensPerSecond);

    /// <summary>The held-out sentences of the corpora, in our tokenization.</summary>
    public static List<(string Corpus, LabeledSentence Sentence)> HeldOut(string dataFolder) =>
        NerCorpus.Load(dataFolder).Where(s => s.HeldOut)
            .Select(s => (s.Corpus, LabeledSentence.FromWords(s.Words, s.Labels))).ToList();

    public static Result Run(IReadOnlyList<(string Corpus, LabeledSentence Sentence)> sentences, PerceptronTagger tagger) =>
        Score(sentences, text =>
        {
            var hints = new GazetteerHint[text.Count];
            var labels = new byte[text.Count];
            tagger.Gazetteer.Hints(text, 0, text.Count, hints);
            tagger.Tag(text, 0, hints, labels);
            return BioLabel.Spans(labels);
        });

    /// <summary>The whole recogniser as analysis runs it, each sentence read as a text of its own. Outlets count as
    /// organisations (the corpora's label for them); descriptions resolved to a name ("the agency") are not names and are left out.</summary>
    public static Result RunRecognizer(IReadOnlyList<(string Corpus, LabeledSentence Sentence)> sentences) =>
        Score(sentences, text => EntityRecognizer.Find(text).Where(m => char.IsUpper(m.Text[0]) && !IsDescription(m))
            .Select(m => (First: TokenAt(text, m.Start), Last: TokenAt(text, m.End - 1),
                Type: m.Type == EntityType.Outlet ? EntityType.Organization : m.Type))
            .ToList());

    /// <summary>Recognises the entities of every document on one thread (after a warm-up over a tenth); documents per second.</summary>
    public static (int Documents, int Mentions, double DocumentsPerSecond) Speed(IReadOnlyList<string> docs)
    {
        foreach (var doc in docs.Take(Math.Max(1, docs.Count / 10)))
            EntityRecognizer.Find(doc);
        var mentions = 0;
        var clock = Stopwatch.StartNew();
        foreach (var doc in docs)
            mentions += EntityRecognizer.Find(doc).Count;
        return (docs.Count, mentions, docs.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }

    private static bool IsDescription(EntityMention m) =>
        m.Text.StartsWith("The ", StringComparison.Ordinal) && m.Text.Length > 4 && char.IsLower(m.Text[4]);

    private static int TokenAt(Core.Analysis.Text.TokenizedText t, int offset)
    {
        for (var i = 0; i < t.Count; i++)
            if (t[i].End > offset)
                return i;
        return t.Count - 1;
    }

    private static Result Score(IReadOnlyList<(string Corpus, LabeledSentence Sentence)> sentences,
        Func<Core.Analysis.Text.TokenizedText, IReadOnlyList<(int First, int Last, EntityType Type)>> find)
    {
        var byType = new Dictionary<EntityType, MatchCounts>();
        var byCorpus = new Dictionary<string, MatchCounts>();
        var all = default(MatchCounts);
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        foreach (var (corpus, (text, gold)) in sentences)
        {
            tokens += text.Count;
            var goldSpans = BioLabel.Spans(gold);
            var ours = find(text);
            foreach (var type in Enum.GetValues<EntityType>())
            {
                var g = goldSpans.Where(s => s.Type == type).ToHashSet();
                var o = ours.Where(s => s.Type == type).ToList();
                var counts = new MatchCounts(o.Count(g.Contains), o.Count, g.Count);
                byType[type] = byType.GetValueOrDefault(type) + counts;
                byCorpus[corpus] = byCorpus.GetValueOrDefault(corpus) + counts;
                all += counts;
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new Result(all, byType, byCorpus, sentences.Count, tokens, tokens / Math.Max(seconds, 1e-9));
    }

    public static string Summary(Result r)
    {
        var lines = new List<string>
        {
            $"held-out sentences   {r.Sentences:N0} ({r.Tokens:N0} tokens)",
            $"all types            {r.All}",
        };
        lines.AddRange(r.ByType.Where(kv => kv.Value.Gold > 0).Select(kv => $"  {kv.Key,-18} {kv.Value}"));
        lines.Add("by corpus");
        lines.AddRange(r.ByCorpus.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"  {kv.Key,-18} {kv.Value}"));
        lines.Add(FormattableString.Invariant($"speed                {r.TokensPerSecond:N0} tokens/s (one core)"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
