namespace NewsClaims.Core.Analysis.Entities.Tagging;

/// <summary>The tagger's classes: outside, or the beginning or inside of a person, organisation or location name.</summary>
public static class BioLabel
{
    public const byte O = 0;
    public const byte BPer = 1;
    public const byte IPer = 2;
    public const byte BOrg = 3;
    public const byte IOrg = 4;
    public const byte BLoc = 5;
    public const byte ILoc = 6;
    public const int Count = 7;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    public static string Name(byte label) => Names[label];

    public static bool IsBegin(byte label) => label is BPer or BOrg or BLoc;

    public static bool IsInside(byte label) => label is IPer or IOrg or ILoc;

    /// <summary>The B- label of the label's type (O stays O).</summary>
    public static byte Begin(byte label) => label == O ? O : (byte)(label - (IsInside(label) ? 1 : 0));

    /// <summary>The I- label of the label's type (O stays O).</summary>
    public static byte Inside(byte label) => label == O ? O : (byte)(Begin(label) + 1);

    /// <summary>An I- label may only continue a name of its own type.</summary>
    public static bool MayFollow(byte previous, byte label) => !IsInside(label) || (previous != O && Begin(previous) == Begin(label));

    public static EntityType TypeOf(byte label) => Begin(label) switch
    {
        BPer => EntityType.Person,
        BOrg => EntityType.Organization,
        _ => EntityType.Location,
    };

    /// <summary>The B- label for a corpus type name, or O for types NewsClaims does not tag (MISC, products, creative works).</summary>
    /// <remarks>PER/Person/person → person; ORG/Organisation/corporation/group → organisation; LOC/Location/location/GPE → location.</remarks>
    public static byte FromCorpusType(string type) => type.ToUpperInvariant() switch
    {
        "PER" or "PERSON" => BPer,
        "ORG" or "ORGANISATION" or "ORGANIZATION" or "CORPORATION" or "GROUP" => BOrg,
        "LOC" or "LOCATION" or "GPE" => BLoc,
        _ => O,
    };

    /// <summary>The names in a label sequence as token ranges [First, Last] with their type; a stray I- opens a name.</summary>
    public static List<(int First, int Last, EntityType Type)> Spans(ReadOnlySpan<byte> labels)
    {
        var spans = new List<(int, int, EntityType)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == O)
                continue;
            var begin = Begin(labels[i]);
            var last = i;
            while (last + 1 < labels.Length && labels[last + 1] == begin + 1)
                last++;
            spans.Add((i, last, TypeOf(begin)));
            i = last;
        }
        return spans;
    }
}
