using System.Globalization;
using System.Text.Json;
using NewsClaims.Core.Analysis;
using NewsClaims.Core.Analysis.Claims;
using NewsClaims.Core.Analysis.Dates;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Figures;

namespace NewsClaims.App.Analysis;

/// <summary>The JSON form of a text's analysis that <c>analyze</c> prints and the store keeps.</summary>
internal static class AnalysisJson
{
    public static string Write(TextAnalysis a, bool indented = false, string? id = null) => JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            if (id is not null)
                w.WriteString("id", id);
            w.WriteString("published", AnalysisNames.IsoDate(a.Published));
            w.WritePropertyName("figures");
            WriteFigures(w, a.Figures);
            w.WritePropertyName("dates");
            WriteDates(w, a.Dates);
            w.WritePropertyName("entities");
            WriteEntities(w, a.Entities);
            w.WritePropertyName("claims");
            WriteClaims(w, a);
            w.WriteString("analyzer", TextAnalyzer.Version);
            w.WriteEndObject();
        }, indented);

    public static string Figures(IReadOnlyList<Figure> figures) => JsonOutput.Write(w => WriteFigures(w, figures));

    public static string Dates(IReadOnlyList<TemporalExpression> dates) => JsonOutput.Write(w => WriteDates(w, dates));

    private static void WriteFigures(Utf8JsonWriter w, IReadOnlyList<Figure> figures)
    {
        w.WriteStartArray();
        foreach (var f in figures)
        {
            w.WriteStartObject();
            w.WriteString("text", f.Text);
            w.WriteNumber("start", f.Start);
            w.WriteNumber("end", f.End);
            w.WriteString("kind", AnalysisNames.Of(f.Kind));
            Number(w, "value", f.Value);
            Number(w, "value_max", f.ValueMax);
            w.WriteString("unit", f.Unit);
            w.WriteString("qualifier", AnalysisNames.Of(f.Qualifier));
            w.WriteString("direction", f.Direction is { } d ? AnalysisNames.Of(d) : null);
            Number(w, "low", f.Low);
            Number(w, "high", f.High);
            w.WriteString("counted", f.Counted);
            if (f.Magnitude is { } m)
                w.WriteNumber("magnitude", Trim(m));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter w, IReadOnlyList<EntityMention> entities)
    {
        w.WriteStartArray();
        foreach (var e in entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("type", AnalysisNames.Of(e.Type));
            w.WriteString("canonical", e.Canonical);
            w.WriteString("role", e.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteDates(Utf8JsonWriter w, IReadOnlyList<TemporalExpression> dates)
    {
        w.WriteStartArray();
        foreach (var d in dates)
        {
            w.WriteStartObject();
            w.WriteString("text", d.Text);
            w.WriteNumber("start", d.Start);
            w.WriteNumber("end", d.End);
            w.WriteString("type", AnalysisNames.Of(d.Type));
            w.WriteString("value", d.Value);
            w.WriteString("granularity", AnalysisNames.Of(d.Granularity));
            w.WriteString("mod", d.Mod);
            w.WriteString("start_date", d.StartDate is { } s ? AnalysisNames.IsoDate(s) : null);
            w.WriteString("end_date", d.EndDate is { } e ? AnalysisNames.IsoDate(e) : null);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteClaims(Utf8JsonWriter w, TextAnalysis a)
    {
        w.WriteStartArray();
        foreach (var c in a.Claims)
        {
            var v = ClaimValue.Of(c);
            w.WriteStartObject();
            w.WriteString("kind", c.Kind);
            w.WriteString("subject", c.Subject is { } s ? a.Entities[s].Canonical : null);
            w.WriteStartArray("entities");
            foreach (var e in c.Entities.Select(e => a.Entities[e].Canonical).Distinct())
                w.WriteStringValue(e);
            w.WriteEndArray();
            w.WriteString("attribute", c.Attribute);
            WriteValue(w, v);
            w.WriteString("modality", AnalysisNames.Of(c.Modality));
            w.WriteString("time_scope", c.TimeScope);
            w.WriteString("attribution", c.Attribution?.Text);
            w.WriteString("evidence", a.Text[c.EvidenceStart..c.EvidenceEnd]);
            w.WriteNumber("start", c.Start);
            w.WriteNumber("end", c.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>value, value_max, unit, low, high, qualifier of a claim: numbers for figures, ISO 8601 strings for dates and durations.</summary>
    public static void WriteValue(Utf8JsonWriter w, ClaimValue v)
    {
        if (v.Text is null)
        {
            Number(w, "value", v.Number);
            Number(w, "value_max", v.NumberMax);
            w.WriteString("unit", v.Unit);
            Number(w, "low", (decimal?)v.Low);
            Number(w, "high", (decimal?)v.High);
        }
        else
        {
            w.WriteString("value", v.Text);
            w.WriteNull("value_max");
            w.WriteString("unit", v.Unit);
            var date = v.Unit == "date";
            if (v.Low is { } low) w.WriteString("low", date ? ClaimValue.IsoDay(low) : null); else w.WriteNull("low");
            if (v.High is { } high) w.WriteString("high", date ? ClaimValue.IsoDay(high) : null); else w.WriteNull("high");
        }
        w.WriteString("qualifier", v.Qualifier);
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
            w.WriteNumber(name, Trim(v));
        else
            w.WriteNull(name);
    }

    /// <summary>6000000000.000 prints as 6000000000; 1/3 keeps its digits to a sensible length.</summary>
    private static decimal Trim(decimal v) => Math.Round(v, 6) / 1.000000000000000000000000000000000m;
}
