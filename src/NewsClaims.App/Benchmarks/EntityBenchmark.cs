using System.Diagnostics;
using NewsClaims.App.Entities;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Entities.Tagging;

namespace NewsClaims.App.Benchmarks;

/// <summary>Typed F1 of the entity tagger on labelled sentences: a name counts when its tokens and its type both match.</summary>
public static class EntityBenchmark
{
    public sealed record Result(MatchCounts All, IReadOnlyDictionary<EntityType, MatchCounts> ByType,
        IReadOnlyDictionary<string, MatchCounts> ByCorpus, int Sentences, long Tokens, double TokensPerSecond);

    /// <summary>The held-out sentences of the corpora, in our tokenization.</summary>
    public static List<(string Corpus, LabeledSentence Sentence)> HeldOut(string dataFolder) =>
        NerCorpus.Load(dataFolder).Where(s => s.HeldOut)
            .Select(s => (s.Corpus, LabeledSentence.FromWords(s.Words, s.Labels))).ToList();

    public static Result Run(IReadOnlyList<(string Corpus, LabeledSentence Sentence)> sentences, PerceptronTagger tagger)
    {
        var byType = new Dictionary<EntityType, MatchCounts>();
        var byCorpus = new Dictionary<string, MatchCounts>();
        var all = default(MatchCounts);
        long tokens = 0;
        var clock = Stopwatch.StartNew();
        foreach (var (corpus, (text, gold)) in sentences)
        {
            var hints = new GazetteerHint[text.Count];
            var labels = new byte[text.Count];
            tagger.Gazetteer.Hints(text, 0, text.Count, hints);
            tagger.Tag(text, 0, hints, labels);
            tokens += text.Count;
            var goldSpans = BioLabel.Spans(gold);
            var ours = BioLabel.Spans(labels);
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
        lines.Add(FormattableString.Invariant($"tagger speed         {r.TokensPerSecond:N0} tokens/s (one core, tagging only)"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
