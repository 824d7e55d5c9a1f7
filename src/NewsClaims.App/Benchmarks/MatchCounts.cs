namespace NewsClaims.App.Benchmarks;

/// <summary>Right, found and gold counts of a recogniser on a test set, with the precision, recall and F1 they give.</summary>
public readonly record struct MatchCounts(int Right, int Found, int Gold)
{
    public double Precision => Found == 0 ? 0 : (double)Right / Found;
    public double Recall => Gold == 0 ? 0 : (double)Right / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b) => new(a.Right + b.Right, a.Found + b.Found, a.Gold + b.Gold);

    public override string ToString() =>
        FormattableString.Invariant($"F1 {F1:0.000} (P {Precision:0.000}, R {Recall:0.000}; {Right} right of {Found} found, {Gold} gold)");
}
