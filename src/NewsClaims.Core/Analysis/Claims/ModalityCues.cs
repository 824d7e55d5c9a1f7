using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Claims;

/// <summary>Reads how firmly a sentence states a value from the nearest hedge before it: "is expected to generate" is expected,
/// "plans to hold" planned, "could pull" possible, "denied" denied; none is asserted.</summary>
internal static class ModalityCues
{
    private const int Reach = 20;

    private static readonly string[] Denied = ["denied", "denies", "deny", "denying", "refuted", "disputed", "disputes", "rejected"];
    private static readonly string[] Expected =
        ["expected", "expects", "expect", "forecast", "forecasts", "forecasted", "projected", "predicted", "predicts", "anticipated",
         "anticipates", "likely", "poised"];
    private static readonly string[] Planned =
        ["plans", "plan", "planned", "planning", "intends", "intend", "intended", "aims", "aim", "scheduled", "proposes", "proposed",
         "preparing", "prepares", "seeks", "seeking", "sought", "wants", "hopes", "pledged", "promised", "vowed", "set"];
    private static readonly string[] Possible =
        ["may", "might", "could", "possibly", "possible", "potential", "potentially", "considering", "considers", "weighing", "mulling",
         "rumored", "rumoured", "would", "if", "perhaps", "maybe"];

    // Words that open a clause of its own: a hedge before them governs the main clause, not the value after them.
    private static readonly string[] ClauseOpeners =
        ["which", "who", "whose", "while", "whereas", "although", "though", "but", "after", "before", "since", "because", "when", "as"];

    // "the plan", "its proposed merger": the word is a noun or adjective there, not a hedge on the verb.
    private static readonly string[] Determiners = ["the", "a", "an", "that", "this", "its", "their", "his", "her", "our", "these", "those"];

    /// <param name="dateClaim">Whether the value is a date: "will" plans an event but expects a figure.</param>
    public static Modality Before(TokenizedText t, int sentenceStart, int first, bool dateClaim)
    {
        var from = ClauseStart(t, sentenceStart, first);
        // A denial governs everything it reports ("denied that it would cut"), however near another hedge sits.
        for (var i = from; i < first; i++)
            if (t.IsAny(i, Denied))
                return Modality.Denied;
        for (var i = first - 1; i >= from; i--)
        {
            if (!t.IsWord(i) || (t.IsAny(i - 1, Determiners) && !t.IsAny(i, "potential", "possible", "expected", "planned", "proposed")))
                continue;
            if (t.IsAny(i, Expected))
                return Modality.Expected;
            // "set to", "is to": planned only with the infinitive after.
            if (t.IsAny(i, Planned) && (!t.Is(i, "set") || t.Is(i + 1, "to")))
                return Modality.Planned;
            // "said it would cut": a reported intention, not a conditional.
            if (t.Is(i, "would") && ReportedBefore(t, i, from))
                return Modality.Planned;
            if (t.IsAny(i, Possible))
                return Modality.Possible;
            if (t.Is(i, "will") || t.Span(i).EndsWith("'ll", StringComparison.OrdinalIgnoreCase))
                return dateClaim ? Modality.Planned : Modality.Expected;
        }
        return Modality.Asserted;
    }

    private static bool ReportedBefore(TokenizedText t, int i, int from)
    {
        for (var k = i - 1; k >= from && i - k <= 4; k--)
            if (t.IsAny(k, "said", "says", "announced", "confirmed", "warned", "expects"))
                return true;
        return false;
    }

    /// <summary>The first token of the value's clause: after a semicolon, colon, spaced dash or clause opener, within reach.</summary>
    private static int ClauseStart(TokenizedText t, int sentenceStart, int first)
    {
        var i = first - 1;
        for (; i >= sentenceStart && first - i <= Reach; i--)
            if (t.IsPunct(i, ';') || t.IsPunct(i, ':') || (t.IsDash(i) && t[i].Has(TokenFlags.SpaceBefore)) || t.IsAny(i, ClauseOpeners))
                break;
        return i + 1;
    }
}
