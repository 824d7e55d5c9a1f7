using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities.Tagging;

/// <summary>Greedy left-to-right tagging with an averaged perceptron: each token's label is chosen from its features and the
/// labels already chosen before it, never an I- that does not continue a name of its type.</summary>
public sealed class PerceptronTagger(IFeatureScorer scorer, Gazetteer gazetteer) : ITokenTagger
{
    public Gazetteer Gazetteer => gazetteer;

    public void Tag(TokenizedText text, int start, ReadOnlySpan<GazetteerHint> hints, Span<byte> labels)
    {
        var end = start + labels.Length;
        var shouting = TaggerFeatures.IsShouting(text, start, end);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[BioLabel.Count];
        byte prev = BioLabel.O, prev2 = BioLabel.O;
        for (var i = start; i < end; i++)
        {
            var n = TaggerFeatures.Extract(text, start, end, i, hints, prev, prev2, shouting, features);
            scorer.Score(features[..n], scores);
            var label = Best(scores, prev);
            labels[i - start] = label;
            (prev2, prev) = (prev, label);
        }
    }

    private static byte Best(ReadOnlySpan<float> scores, byte prev)
    {
        var best = BioLabel.O;
        var top = float.NegativeInfinity;
        for (byte c = 0; c < BioLabel.Count; c++)
        {
            if (scores[c] > top && BioLabel.MayFollow(prev, c))
                (best, top) = (c, scores[c]);
        }
        return best;
    }

    /// <summary>Trains on <paramref name="sentences"/> for <paramref name="epochs"/> passes (shuffled with a fixed seed, so a run is
    /// reproducible); <paramref name="progress"/> hears each epoch's token accuracy.</summary>
    public static PerceptronModel Train(IReadOnlyList<LabeledSentence> sentences, Gazetteer gazetteer, int epochs, int bits = 20,
        int seed = 17, Action<int, double>? progress = null)
    {
        var trainer = new PerceptronTrainer(bits, BioLabel.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var hintsOf = sentences.Select(s =>
        {
            var h = new GazetteerHint[s.Text.Count];
            gazetteer.Hints(s.Text, 0, s.Text.Count, h);
            return h;
        }).ToArray();
        var features = new ulong[TaggerFeatures.Max];
        var scores = new float[BioLabel.Count];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0, seen = 0;
            foreach (var k in order)
            {
                var (text, gold) = sentences[k];
                var end = text.Count;
                var shouting = TaggerFeatures.IsShouting(text, 0, end);
                byte prev = BioLabel.O, prev2 = BioLabel.O;
                for (var i = 0; i < end; i++)
                {
                    var n = TaggerFeatures.Extract(text, 0, end, i, hintsOf[k], prev, prev2, shouting, features);
                    trainer.Score(features.AsSpan(0, n), scores);
                    var guess = Best(scores, prev);
                    trainer.Tick();
                    trainer.Update(features.AsSpan(0, n), gold[i], guess);
                    right += guess == gold[i] ? 1 : 0;
                    seen++;
                    (prev2, prev) = (prev, guess);
                }
            }
            progress?.Invoke(epoch, seen == 0 ? 0 : (double)right / seen);
        }
        return trainer.Averaged();
    }
}
