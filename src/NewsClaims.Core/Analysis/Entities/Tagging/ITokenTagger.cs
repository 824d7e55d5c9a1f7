using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities.Tagging;

/// <summary>Labels each token of a sentence with a <see cref="BioLabel"/>: the one seam a different learner (Microsoft.ML, say) would fill.</summary>
public interface ITokenTagger
{
    /// <param name="text">The tokenized text.</param>
    /// <param name="start">First token of the sentence.</param>
    /// <param name="labels">One label per token of the sentence, written by the tagger.</param>
    /// <param name="hints">Per-token gazetteer hints for the sentence (see <see cref="Gazetteer"/>).</param>
    void Tag(TokenizedText text, int start, ReadOnlySpan<GazetteerHint> hints, Span<byte> labels);
}
