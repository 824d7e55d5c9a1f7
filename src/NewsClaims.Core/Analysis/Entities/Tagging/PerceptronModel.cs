using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsClaims.Core.Analysis.Entities.Tagging;

/// <summary>Trained perceptron weights over hashed features: a 2^bits × classes table, stored at half precision.</summary>
/// <remarks>Stored as "NCPT", version, bits, classes, then each non-zero row as a varint gap and its class weights (IEEE half),
/// Brotli-compressed: a few megabytes that load in well under a second.</remarks>
public sealed class PerceptronModel : IFeatureScorer
{
    private static ReadOnlySpan<byte> Magic => "NCPT"u8;
    private const int FormatVersion = 1;

    private readonly float[] _weights;
    private readonly ulong _mask;

    public PerceptronModel(int bits, int classes, float[] weights)
    {
        if (weights.Length != (1 << bits) * classes)
            throw new ArgumentException("weights do not fit the table", nameof(weights));
        Bits = bits;
        Classes = classes;
        _weights = weights;
        _mask = (1UL << bits) - 1;
    }

    public int Bits { get; }
    public int Classes { get; }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var sums = scores[..Classes];
        sums.Clear();
        foreach (var f in features)
        {
            var row = _weights.AsSpan((int)(f & _mask) * Classes, Classes);
            for (var c = 0; c < sums.Length; c++)
                sums[c] += row[c];
        }
    }

    /// <summary>Rounds the weights to the precision they are stored at, so a model scores the same before and after a save.</summary>
    public static PerceptronModel Rounded(int bits, int classes, float[] weights)
    {
        for (var i = 0; i < weights.Length; i++)
            weights[i] = (float)(Half)weights[i];
        return new PerceptronModel(bits, classes, weights);
    }

    public void Write(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Bits);
        w.Write(Classes);
        var previous = -1;
        var rows = 1 << Bits;
        for (var r = 0; r < rows; r++)
        {
            var row = _weights.AsSpan(r * Classes, Classes);
            if (!row.ContainsAnyExcept(0f))
                continue;
            w.Write7BitEncodedInt(r - previous);
            previous = r;
            foreach (var v in row)
                w.Write((Half)v);
        }
        w.Write7BitEncodedInt(0);
    }

    public static PerceptronModel Read(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(brotli);
        Span<byte> magic = stackalloc byte[4];
        r.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic) || r.ReadInt32() != FormatVersion)
            throw new InvalidDataException("not a NewsClaims tagger model (or a newer format)");
        var bits = r.ReadInt32();
        var classes = r.ReadInt32();
        if (bits is < 8 or > 26 || classes is < 2 or > 64)
            throw new InvalidDataException($"implausible model shape: 2^{bits} rows × {classes} classes");
        var weights = new float[(1 << bits) * classes];
        var row = -1;
        while (r.Read7BitEncodedInt() is var gap and > 0)
        {
            row += gap;
            for (var c = 0; c < classes; c++)
                weights[row * classes + c] = (float)r.ReadHalf();
        }
        return new PerceptronModel(bits, classes, weights);
    }
}
