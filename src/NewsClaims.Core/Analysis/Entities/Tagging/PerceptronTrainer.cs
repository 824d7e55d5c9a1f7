namespace NewsClaims.Core.Analysis.Entities.Tagging;

/// <summary>Learns perceptron weights with averaging (each weight's mean over every update step, which generalises far better
/// than the last values), then rounds them into a <see cref="PerceptronModel"/>.</summary>
public sealed class PerceptronTrainer(int bits, int classes) : IFeatureScorer
{
    private readonly float[] _weights = new float[(1 << bits) * classes];
    private readonly float[] _totals = new float[(1 << bits) * classes];
    private readonly int[] _stamps = new int[(1 << bits) * classes];
    private readonly ulong _mask = (1UL << bits) - 1;
    private int _tick;

    public int Bits => bits;
    public int Classes => classes;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..classes].Clear();
        foreach (var f in features)
        {
            var row = (int)(f & _mask) * classes;
            for (var c = 0; c < classes; c++)
                scores[c] += _weights[row + c];
        }
    }

    /// <summary>One training instance seen: call once per token, whether or not it was right.</summary>
    public void Tick() => _tick++;

    /// <summary>Moves weight towards the right class and away from the guessed one.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
            return;
        foreach (var f in features)
        {
            var row = (int)(f & _mask) * classes;
            Add(row + truth, 1f);
            Add(row + guess, -1f);
        }
    }

    private void Add(int at, float delta)
    {
        _totals[at] += (_tick - _stamps[at]) * _weights[at];
        _stamps[at] = _tick;
        _weights[at] += delta;
    }

    /// <summary>The averaged weights, at the precision they are stored at.</summary>
    public PerceptronModel Averaged()
    {
        var averaged = new float[_weights.Length];
        var ticks = Math.Max(1, _tick);
        for (var i = 0; i < averaged.Length; i++)
            averaged[i] = (_totals[i] + (_tick - _stamps[i]) * _weights[i]) / ticks;
        return PerceptronModel.Rounded(bits, classes, averaged);
    }
}
