using NewsClaims.Core.Analysis.Dates;
using NewsClaims.Core.Analysis.Figures;

namespace NewsClaims.Core.Analysis.Claims;

/// <summary>How firmly the text states a claim: as fact, as expected or forecast, as planned, as possible, or as denied.</summary>
public enum Modality
{
    Asserted,
    Expected,
    Planned,
    Possible,
    Denied,
}

/// <summary>Who the text says a claim comes from: a named entity (by mention index), or an unnamed report ("according to reports").</summary>
/// <param name="Text">The source as the sentence names it ("The Post", "a report", "Steve Kelly").</param>
/// <param name="Mention">Index of the source's entity mention in the analysis, or null when the source is unnamed.</param>
/// <param name="Reporting">The source is a news report (an outlet or "a report"), not a speaker.</param>
public sealed record Attribution(string Text, int? Mention, bool Reporting);

/// <summary>One value stated in one sentence, with what it is about: a figure or a date, the entities of its sentence, what it measures,
/// how firmly and on whose word it is stated.</summary>
/// <param name="Figure">The figure stated, for figure claims.</param>
/// <param name="Date">The date or duration stated, for date claims.</param>
/// <param name="Attribute">What is measured or dated, from the attribute lexicon ("revenue", "job cuts", "meeting"); null when the words
/// around the value name nothing the lexicon knows.</param>
/// <param name="Subject">Index of the entity mention the claim is about (the first named in the sentence before the value), or null.</param>
/// <param name="Entities">Indexes of the entity mentions in the sentence, sources of attribution excepted.</param>
/// <param name="TimeScope">TimeML value of the period a figure refers to ("2025" in "$6 billion in 2025"), "annual" for yearly
/// figures without a year; null when the sentence gives none.</param>
/// <param name="EvidenceStart">Character offset of the sentence that states the claim.</param>
/// <param name="EvidenceEnd">One past its last character.</param>
public sealed record Claim(
    Figure? Figure, TemporalExpression? Date, string? Attribute, int? Subject, IReadOnlyList<int> Entities, Modality Modality,
    string? TimeScope, Attribution? Attribution, int EvidenceStart, int EvidenceEnd)
{
    /// <summary>Offset of the value's first character.</summary>
    public int Start => Figure?.Start ?? Date!.Start;

    /// <summary>One past the value's last character.</summary>
    public int End => Figure?.End ?? Date!.End;

    /// <summary>money, percent, count, quantity for figures; date or duration for temporal values.</summary>
    public string Kind => Figure is { } f ? AnalysisNames.Of(f.Kind) : Date!.Type == TemporalType.Duration ? "duration" : "date";
}
