using NewsClaims.Core.Analysis.Dates;
using NewsClaims.Core.Analysis.Entities;
using NewsClaims.Core.Analysis.Figures;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Claims;

/// <summary>Turns an analysis's figures and dates into claims: each figure, and each date or duration that names an event, with the
/// attribute the words around it name, the entities of its sentence, its modality, time scope and attribution.</summary>
public static class ClaimBuilder
{
    // Beyond this many tokens from the value, a lexicon word is about something else.
    private const int AttributeReach = 16;
    // A generic attribute ("start", "closure") loses to a specific one ("strike", "auction") this many words further away.
    private const int GenericPenalty = 6;
    // A period further than this many tokens from a figure belongs to another part of the sentence.
    private const int ScopeReach = 8;

    private static readonly string[] CutVerbs = ["cut", "cuts", "cutting", "slash", "slashed", "slashing", "eliminate", "eliminated", "eliminating",
        "shed", "sheds", "shedding", "axe", "axed", "lose", "losing", "lost", "loss", "losses", "scrap", "scrapped", "reduce", "reduced", "trim",
        "trimmed"];
    private static readonly string[] AddVerbs = ["add", "added", "adding", "adds", "create", "created", "creating", "creates", "hire", "hired",
        "hiring", "hires", "open", "opened", "new"];
    private static readonly HashSet<string> GenericNouns = new(StringComparer.Ordinal)
    {
        "people", "persons", "individuals", "others", "times", "members", "adults", "children", "men", "women", "units", "items",
    };
    private static readonly string[] AnnualWords = ["annual", "annually", "yearly", "year-on-year"];

    /// <param name="published">The article's publication date: an event after it is planned until it happens.</param>
    public static IReadOnlyList<Claim> Build(TokenizedText t, IReadOnlyList<Figure> figures, IReadOnlyList<TemporalExpression> dates,
        IReadOnlyList<EntityMention> mentions, DateOnly published)
    {
        var mentionAt = MentionAt(t, mentions);
        var valueAt = new int[t.Count]; // 1 + index of the figure (positive) or date (negative) that covers a token, else 0
        for (var f = 0; f < figures.Count; f++)
            Mark(t, valueAt, figures[f].Start, figures[f].End, f + 1);
        for (var d = 0; d < dates.Count; d++)
            Mark(t, valueAt, dates[d].Start, dates[d].End, -(d + 1));

        var claims = new List<Claim>();
        var scopes = new HashSet<int>(); // dates that serve as a figure's time scope are not claims of their own
        foreach (var f in figures)
        {
            var first = t.IndexAt(f.Start);
            var last = Math.Max(first, t.IndexAt(f.End - 1));
            var s = t.SentenceStart(first);
            var e = t.SentenceEnd(first);
            var kind = AnalysisNames.Of(f.Kind);
            var attribute = FigureAttribute(t, f, kind, first, last, s, e, valueAt, mentionAt);
            var scope = Scope(t, first, last, s, e, valueAt, dates, out var scopeDate);
            if (scopeDate >= 0)
                scopes.Add(scopeDate);
            // "two people familiar with the talks": a handful of something nameless is part of the sentence, not a claim.
            if (attribute is null && f.Kind == FigureKind.Count && f.Value is < 10)
                continue;
            claims.Add(Make(t, f, null, attribute, first, last, s, e, scope, mentionAt, mentions, dateClaim: false, published));
        }
        for (var d = 0; d < dates.Count; d++)
        {
            var date = dates[d];
            if (scopes.Contains(d) || (date.Type == TemporalType.Date && date.StartDate is null) || date.Type is TemporalType.Set or TemporalType.Time)
                continue;
            var first = t.IndexAt(date.Start);
            var last = Math.Max(first, t.IndexAt(date.End - 1));
            if (AfterReportingVerb(t, first))
                continue;
            var s = t.SentenceStart(first);
            var e = t.SentenceEnd(first);
            var kind = date.Type == TemporalType.Duration ? "duration" : "date";
            var attribute = NearestAttribute(t, kind, first, last, s, e, valueAt, mentionAt);
            if (attribute is null)
                continue; // a date that names no event is context, not a claim
            claims.Add(Make(t, null, date, attribute, first, last, s, e, null, mentionAt, mentions, dateClaim: true, published));
        }
        claims.Sort((a, b) => a.Start.CompareTo(b.Start));
        return claims;
    }

    /// <summary>The article's main source: the outlet or body its sentences credit most often as a report ("according to The Post"),
    /// as an entity mention index; and whether it credits unnamed reports.</summary>
    public static (int? Mention, bool UnnamedReports) Sourcing(TokenizedText t, IReadOnlyList<EntityMention> mentions)
    {
        var mentionAt = MentionAt(t, mentions);
        var counts = new Dictionary<string, (int Count, int Mention)>(StringComparer.Ordinal);
        var unnamed = false;
        for (var s = 0; s < t.Count; s = t.SentenceEnd(s))
        {
            if (AttributionFinder.Find(t, s, t.SentenceEnd(s), mentionAt, mentions) is not { Reporting: true } a)
                continue;
            if (a.Mention is not { } m)
            {
                unnamed = true;
                continue;
            }
            var key = mentions[m].Canonical;
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Count + 1, c.Mention) : (1, m);
        }
        return (counts.Count == 0 ? null : counts.Values.MaxBy(c => c.Count).Mention, unnamed);
    }

    /// <summary>For each token, the index of the entity mention that covers it, or -1.</summary>
    private static int[] MentionAt(TokenizedText t, IReadOnlyList<EntityMention> mentions)
    {
        var at = new int[t.Count];
        Array.Fill(at, -1);
        for (var m = 0; m < mentions.Count; m++)
            for (var i = t.IndexAt(mentions[m].Start); i < t.Count && t[i].Start < mentions[m].End; i++)
                at[i] = m;
        return at;
    }

    private static Claim Make(TokenizedText t, Figure? figure, TemporalExpression? date, string? attribute, int first, int last, int s, int e,
        string? scope, int[] mentionAt, IReadOnlyList<EntityMention> mentions, bool dateClaim, DateOnly published)
    {
        var attribution = AttributionFinder.Find(t, s, e, mentionAt, mentions);
        var entities = new List<int>();
        int? subject = null;
        for (var i = s; i < e; i++)
        {
            var m = mentionAt[i];
            if (m < 0 || (entities.Count > 0 && entities[^1] == m) || mentions[m].Type == EntityType.Outlet
                || (m == attribution?.Mention && attribution.Reporting))
                continue;
            entities.Add(m);
            // The first person or organisation before the value is what the sentence is about; failing that, the first after it;
            // a place only when no one is named.
            if (Better(m, subject, i < first))
                subject = m;
        }
        var modality = ModalityCues.Before(t, s, first, dateClaim);
        // An event dated after publication and stated plainly ("the bakery opens in March") is a plan, not a fact yet.
        if (date?.StartDate is { } day && day > published && modality == Modality.Asserted)
            modality = Modality.Planned;
        return new Claim(figure, date, attribute, subject, entities.Distinct().ToList(), modality, scope, attribution,
            t[s].Start, t[e - 1].End);

        bool Better(int m, int? current, bool before)
        {
            if (current is not { } c)
                return true;
            var named = mentions[m].Type is EntityType.Person or EntityType.Organization;
            var currentNamed = mentions[c].Type is EntityType.Person or EntityType.Organization;
            if (named != currentNamed)
                return named;
            return before && t.IndexAt(mentions[c].Start) > first;
        }
    }

    private static string? FigureAttribute(TokenizedText t, Figure f, string kind, int first, int last, int s, int e, int[] valueAt, int[] mentionAt)
    {
        string? attribute = null;
        // What a count counts names it ("340 flights"), unless the noun says nothing ("twelve people were killed").
        if (f.Counted is { } counted && !GenericNouns.Contains(LastWord(counted).ToLowerInvariant()))
            attribute = AttributeLexicon.Lookup(counted, kind) ?? AttributeLexicon.Lookup(LastWord(counted), kind)
                        ?? (f.Kind == FigureKind.Count && f.Value is null or >= 10 ? counted.ToLowerInvariant() : null);
        attribute ??= NearestAttribute(t, kind, first, last, s, e, valueAt, mentionAt);
        if (attribute == "jobs")
            attribute = Near(t, first, 5, CutVerbs) ? "job cuts" : Near(t, first, 5, AddVerbs) ? "hiring" : "jobs";
        if (attribute is not null && f.Kind == FigureKind.Percent)
        {
            // "7.5% of its revenue" is a share of revenue; "revenue fell 3%" a change in it ("eased to 2.7%" is a level).
            if (t.Is(last + 1, "of"))
                attribute += " share";
            else if (f.Direction is not null && !t.Is(first - 1, "to"))
                attribute += " change";
        }
        return attribute;
    }

    /// <summary>Words in [from, to), a name counting as one word and punctuation as none.</summary>
    private static int Words(TokenizedText t, int from, int to, int[] mentionAt)
    {
        var n = 0;
        for (var k = from; k < to; k++)
            if (t.IsWord(k) && (mentionAt[k] < 0 || k == from || mentionAt[k - 1] != mentionAt[k]))
                n++;
        return n;
    }

    private static string LastWord(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    private static bool Near(TokenizedText t, int first, int reach, string[] words)
    {
        for (var i = first - 1; i >= 0 && first - i <= reach; i--)
            if (t.IsAny(i, words))
                return true;
        return false;
    }

    /// <summary>The attribute named nearest the value within its sentence; words beyond another value count as further away.</summary>
    private static string? NearestAttribute(TokenizedText t, string kind, int first, int last, int s, int e, int[] valueAt, int[] mentionAt)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var i = s; i < e; i++)
        {
            if (i >= first && i <= last)
                continue;
            if (AttributeLexicon.MatchAt(t, i, e, kind) is not { } match)
                continue;
            var end = i + match.Length - 1;
            if (i <= last && end >= first)
                continue;
            var distance = i > last ? Words(t, last + 1, i, mentionAt) + 1 : Words(t, end + 1, first, mentionAt) + 1;
            // Another value between this word and ours: the word more likely belongs to that value.
            var from = Math.Min(end, last) + 1;
            var to = Math.Max(i, first);
            for (var k = from; k < to; k++)
                if (valueAt[k] != 0 && (k < first || k > last))
                {
                    distance += 4;
                    break;
                }
            if (match.Entry.Kinds.Contains("generic"))
                distance += GenericPenalty;
            if (distance <= AttributeReach + GenericPenalty && distance < bestDistance)
            {
                bestDistance = distance;
                best = match.Entry.Attribute;
            }
        }
        return best;
    }

    /// <summary>The period a figure refers to: the nearest date of a month or longer in its sentence ("in 2025"), else "annual"
    /// when the sentence says yearly.</summary>
    private static string? Scope(TokenizedText t, int first, int last, int s, int e, int[] valueAt, IReadOnlyList<TemporalExpression> dates,
        out int scopeDate)
    {
        scopeDate = -1;
        var bestDistance = int.MaxValue;
        for (var i = s; i < e; i++)
        {
            if (valueAt[i] >= 0 || (i > s && valueAt[i - 1] == valueAt[i]))
                continue;
            var d = -valueAt[i] - 1;
            var date = dates[d];
            if (date.Type != TemporalType.Date || date.Granularity is Granularity.Day or Granularity.Time or Granularity.PartOfDay
                    or Granularity.Week or Granularity.Unknown or Granularity.Reference)
                continue;
            // "in 2025", "for the year", "during 2024", "2025's": the period the figure covers. "by the end of 2026" is a deadline.
            var p = t.IsAny(i - 1, "the", "fiscal", "calendar") ? i - 2 : i - 1;
            if (!t.IsAny(p, "in", "for", "during", "over", "throughout", "of", "through") && !t.Is(i + 1, "s"))
                continue;
            var distance = i < first ? first - i : i - last;
            if (distance <= ScopeReach && distance < bestDistance)
            {
                bestDistance = distance;
                scopeDate = d;
            }
        }
        if (scopeDate >= 0)
            return dates[scopeDate].Value;
        for (var i = s; i < e; i++)
            if (t.IsAny(i, AnnualWords) || (t.IsAny(i, "a", "per", "each") && t.Is(i + 1, "year") && (i < first || i > last)))
                return "annual";
        return null;
    }

    private static bool AfterReportingVerb(TokenizedText t, int first)
    {
        var i = t.Is(first - 1, "on") ? first - 2 : first - 1;
        return t.IsAny(i, "said", "told", "announced", "reported", "added", "stated", "confirmed", "wrote", "says");
    }

    private static void Mark(TokenizedText t, int[] at, int start, int end, int value)
    {
        for (var i = t.IndexAt(start); i < t.Count && t[i].Start < end; i++)
            at[i] = value;
    }
}
