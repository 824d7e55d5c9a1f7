namespace NewsClaims.Core.Analysis.Entities.Tagging;

/// <summary>Scores each class for a set of hashed features: the trained model, or the trainer's weights while it learns.</summary>
public interface IFeatureScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}
