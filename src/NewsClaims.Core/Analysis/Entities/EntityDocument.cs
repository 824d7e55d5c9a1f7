using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities;

/// <summary>The names found in one text while the recogniser's rules work on them: token ranges, types, roles and alias links.</summary>
internal sealed partial class EntityDocument(TokenizedText t, Func<int, bool>? skip)
{
    /// <summary>One name (or resolved description) as token positions; <see cref="Group"/> links aliases of one entity.</summary>
    internal sealed class Span(int first, int last, EntityType type)
    {
        public int First { get; set; } = first;
        public int Last { get; set; } = last;
        public EntityType Type { get; set; } = type;
        public string? Role { get; set; }
        /// <summary>Where the name began before a title was moved out of it ("Postmaster General David Steiner").</summary>
        public int TitleFirst { get; set; } = first;
        public Span? Parent { get; set; }
        /// <summary>Set for "the agency" and the like: the entity it was resolved to.</summary>
        public Span? Refers { get; set; }

        /// <summary>The name's words, kept once the rules stop moving the span's ends (after cleaning).</summary>
        public string[]? Words { get; set; }

        public Span Group => Parent is null ? this : Parent = Parent.Group;
    }

    private readonly List<Span> _spans = [];

    public TokenizedText Text => t;

    public void Add(int first, int last, EntityType type) => _spans.Add(new Span(first, last, type));

    private bool Skipped(int i) => skip is not null && skip(i);

    private string Surface(Span s) => t.TextOf(s.First, s.Last);

    /// <summary>Which tokens some name already covers.</summary>
    private bool[] CoveredTokens()
    {
        var covered = new bool[t.Count];
        foreach (var s in _spans)
            for (var i = s.First; i <= s.Last; i++)
                covered[i] = true;
        return covered;
    }

    /// <summary>Trims what is not part of the name, moves titles into the role, drops tickers and furniture, tells outlets apart.</summary>
    public void Clean(Gazetteer gazetteer)
    {
        foreach (var s in _spans)
            CutAtLowercase(s);
        JoinHyphenated();
        JoinInitials();
        FindOrganizationHeads();
        JoinPlaceAndOrganization(gazetteer);
        foreach (var s in _spans.ToList())
        {
            // Leading "the" belongs to an outlet's name ("The Washington Post") only; punctuation and possessives never.
            while (s.First < s.Last && !t.IsWord(s.First) && !t.IsNumber(s.First))
                s.First++;
            while (s.Last > s.First && (!t.IsWord(s.Last) && !t.IsNumber(s.Last) || IsPossessive(s.Last)))
                s.Last--;
            if (s.Type == EntityType.Person)
                MoveTitleToRole(s);
            if (t.Is(s.First, "the") && s.First < s.Last && !IsOutletName(s.First + 1, s.Last))
                s.First++;
            if (IsOutletName(t.Is(s.First, "the") ? s.First + 1 : s.First, s.Last) && s.Type != EntityType.Person)
            {
                s.Type = EntityType.Outlet;
                if (t.Is(s.First - 1, "the") && t[s.First - 1].Has(TokenFlags.Capitalised))
                    s.First--;
            }
            if (s.First == s.Last && IsListedSymbol(s.Last))
                s.Type = EntityType.Organization;
            if (IsDatelineSource(s))
                s.Type = EntityType.Outlet;
            // The tagger sometimes calls a country an organisation; the list knows better.
            if (s.Type == EntityType.Organization && gazetteer.IsCountry(t.Text.AsSpan(t[s.First].Start, t[s.Last].End - t[s.First].Start)))
                s.Type = EntityType.Location;
            if (!Keep(s))
                _spans.Remove(s);
        }
    }

    /// <summary>A capitalised run ending in an organisation's head word ("Postal Service", "Federal Reserve Board") is an organisation,
    /// whatever the tagger said of it.</summary>
    private void FindOrganizationHeads()
    {
        foreach (var s in _spans.Where(s => s.Type != EntityType.Organization && s.Last > s.First && Gazetteer.IsOrgSuffix(t.Span(s.Last))))
            s.Type = EntityType.Organization;
        // A first name the tagger left alone continues into the surname after it ("Tomas" + "Lind").
        foreach (var s in _spans.Where(s => s.Type == EntityType.Person && s.First == s.Last && t.IsWord(s.Last + 1)
                                            && t[s.Last + 1].Has(TokenFlags.Capitalised) && t[s.Last + 1].Has(TokenFlags.SpaceBefore)
                                            && !_spans.Any(o => o.First == s.Last + 1)))
            s.Last++;
        var covered = CoveredTokens();
        for (var i = 0; i < t.Count; i++)
        {
            if (!t.IsWord(i) || !t[i].Has(TokenFlags.Capitalised))
                continue;
            if (!covered[i] && AddOutlet(i, covered))
                continue;
            if (!covered[i] && IsDeterminedAcronym(i))
            {
                _spans.Add(new Span(i, i, EntityType.Organization));
                covered[i] = true;
                continue;
            }
            // The run's last head word decides ("Rail" in "Northern Rail Authority" waits for "Authority").
            if (!Gazetteer.IsOrgSuffix(t.Span(i)) || Sentences.StartsAt(t, i) || IsCapitalisedWord(i + 1) && Gazetteer.IsOrgSuffix(t.Span(i + 1)))
                continue;
            var first = i;
            while (first - 1 >= 0 && i - first < MaxOrganizationWords && IsCapitalisedWord(first - 1) && !t.Is(first - 1, "the")
                   && !t.Has(first - 1, WordClass.Function | WordClass.Month | WordClass.Weekday)
                   && !Sentences.StartsAt(t, first) && !t[first].Has(TokenFlags.LineBefore))
                first--;
            if (first == i)
                continue;
            // The tagger's pieces inside the run ("Northern" as a place, "Authority" alone) give way to the whole name; a name
            // that runs on past the head word, or a person before it, is left as the tagger read it.
            var inside = _spans.Where(s => s.Last >= first && s.First <= i).ToList();
            if (inside.Any(s => s.Last > i || s.First < first && s.Type == EntityType.Person))
                continue;
            // A place or name that begins before the run joins it ("the United States" + "Postal Service").
            first = inside.Select(s => s.First).Append(first).Min();
            if (inside is [{ } whole] && whole.First == first && whole.Last == i)
                continue;
            foreach (var s in inside)
                _spans.Remove(s);
            _spans.Add(new Span(first, i, EntityType.Organization));
            for (var k = first; k <= i; k++)
                covered[k] = true;
        }
    }

    private const int MaxOrganizationWords = 6;

    /// <summary>"Mary-Kate O'Neill": two names the tagger split at a hyphen inside a word are one, of the second's type.</summary>
    private void JoinHyphenated()
    {
        _spans.Sort((a, b) => a.First.CompareTo(b.First));
        for (var k = 0; k + 1 < _spans.Count; k++)
        {
            var (a, b) = (_spans[k], _spans[k + 1]);
            if (b.First == a.Last + 2 && t.IsDash(a.Last + 1) && t[a.Last + 1].Attached && t[b.First].Attached)
            {
                a.Last = b.Last;
                a.Type = b.Type;
                _spans.RemoveAt(k + 1);
                k--;
            }
        }
    }

    /// <summary>"J. R. Whitfield": initials and the surname after them are one person, whatever pieces the tagger made of them.</summary>
    private void JoinInitials()
    {
        for (var i = 0; i + 2 < t.Count; i++)
        {
            if (!IsInitial(i) || IsInitial(i - 2))
                continue;
            var last = i;
            var letters = "";
            while (IsInitial(last))
            {
                letters += t.Span(last).ToString();
                last += 2;
            }
            // Places and bodies written with dots are not initials: U.S. Steel, D.C. Mayor.
            if (letters is "US" or "UK" or "UN" or "EU" or "DC" or "LA" or "NY" || !IsCapitalisedWord(last) || t[last].Has(TokenFlags.AllCaps)
                || Gazetteer.IsTitleWord(t.Span(last)) || Gazetteer.IsOrgSuffix(t.Span(last)) || RoleWords.IsRole(t.Span(last)))
                continue;
            var (first, end) = (i, last);
            _spans.RemoveAll(s => s.First >= first && s.Last <= end);
            if (_spans.Any(s => s.First <= end && s.Last >= first))
                continue;
            _spans.Add(new Span(first, end, EntityType.Person));
            i = end;
        }
    }

    // A capital letter and its full stop, like the J. of J. R. Whitfield.
    private bool IsInitial(int i) =>
        i >= 0 && i + 1 < t.Count && t.IsWord(i) && t.Span(i).Length == 1 && char.IsUpper(t.Text[t[i].Start])
        && t.IsPunct(i + 1, '.') && t[i + 1].Attached;

    /// <summary>True inside a line written all in capitals (a headline or kicker): its names come again in the text, written properly.</summary>
    private bool InCapitalsLine(int i)
    {
        var (start, end) = (i, i);
        while (start > 0 && !t[start].Has(TokenFlags.LineBefore))
            start--;
        while (end + 1 < t.Count && !t[end + 1].Has(TokenFlags.LineBefore))
            end++;
        int words = 0, capitals = 0;
        for (var k = start; k <= end; k++)
        {
            if (!t.IsWord(k))
                continue;
            words++;
            if (t[k].Has(TokenFlags.AllCaps))
                capitals++;
        }
        return words >= 3 && capitals == words;
    }

    // All-caps words that follow "the" without naming a body.
    private static readonly HashSet<string> CommonAcronyms =
    [
        "GDP", "CPI", "IPO", "CEO", "CFO", "COO", "CTO", "AI", "EV", "LNG", "VAT", "ETF", "ESG", "GMT", "UTC", "TV", "PC", "IT",
        "HIV", "AIDS", "COVID", "DNA", "RNA", "PPE", "FAQ", "API", "SUV", "PM", "AM", "US", "UK", "EU", "UAE", "USA", "ID", "PR",
    ];

    /// <summary>"the NRA", "The USPS": an acronym after "the" is a body the article expects its reader to know, even undefined.</summary>
    private bool IsDeterminedAcronym(int i) =>
        t[i].Has(TokenFlags.AllCaps) && t.Span(i).Length is >= 2 and <= 6 && t.Is(i - 1, "the") && !IsListedSymbol(i)
        && !CommonAcronyms.Contains(t.Span(i).ToString()) && !(IsCapitalisedWord(i + 1) && !t[i + 1].Has(TokenFlags.AllCaps));

    private bool IsCapitalisedWord(int i) => i >= 0 && i < t.Count && t.IsWord(i) && t[i].Has(TokenFlags.Capitalised);

    /// <summary>An outlet the tagger missed: a known name ("Reuters") or "The" and a capitalised run ending in an outlet word
    /// ("The Coastline Courier").</summary>
    private bool AddOutlet(int i, bool[] covered)
    {
        for (var n = 3; n >= 1; n--)
        {
            var last = i + n - 1;
            if (last >= t.Count || !t.IsWord(last) || covered[last])
                continue;
            if (RoleWords.IsKnownOutlet(t.Text.AsSpan(t[i].Start, t[last].End - t[i].Start)) && t[i].Length > 1)
                return Mark(i, last);
        }
        if (!t.Is(i, "the"))
            return false;
        var end = i + 1;
        while (end < t.Count && end - i <= 4 && t.IsWord(end) && t[end].Has(TokenFlags.Capitalised) && !covered[end])
            end++;
        return end - 1 > i + 1 && RoleWords.IsOutletHead(t.Span(end - 1)) && Mark(i, end - 1);

        bool Mark(int first, int last)
        {
            _spans.Add(new Span(first, last, EntityType.Outlet));
            for (var k = first; k <= last; k++)
                covered[k] = true;
            return true;
        }
    }

    /// <summary>"US" + "Postal Service", "Seattle" + "City Council": a place directly before an organisation is part of its name.</summary>
    private void JoinPlaceAndOrganization(Gazetteer gazetteer)
    {
        _spans.Sort((a, b) => a.First.CompareTo(b.First));
        for (var k = 0; k + 1 < _spans.Count; k++)
        {
            var (place, org) = (_spans[k], _spans[k + 1]);
            var from = t.Is(place.First, "the") && place.First < place.Last ? place.First + 1 : place.First;
            var isPlace = place.Type == EntityType.Location || gazetteer.IsPlace(t.Text.AsSpan(t[from].Start, t[place.Last].End - t[from].Start));
            if (isPlace && org.Type == EntityType.Organization && org.First == place.Last + 1
                && !t[org.First].Has(TokenFlags.LineBefore) && t.IsWord(org.First))
            {
                place.Last = org.Last;
                place.Type = EntityType.Organization;
                _spans.RemoveAt(k + 1);
            }
        }
    }

    // Small words that can sit inside a name: "Bank of America", "Department for Transport", "Ludwig van Beethoven".
    private static readonly string[] NameParticles = ["of", "for", "and", "the", "de", "du", "la", "le", "van", "von", "der", "den", "da", "di", "bin", "al", "&"];

    /// <summary>A name ends before a lower-case word that is not a particle, and before a weekday or month ("Andy Jassy on Friday").</summary>
    private void CutAtLowercase(Span s)
    {
        while (s.First < s.Last && t.IsWord(s.First) && !t[s.First].Has(TokenFlags.Capitalised) && !t.Is(s.First, "the"))
            s.First++;
        for (var i = s.First + 1; i <= s.Last; i++)
        {
            var lower = t.IsWord(i) && !t[i].Has(TokenFlags.Capitalised) && !NameParticles.Contains(t.Span(i).ToString(), StringComparer.Ordinal);
            if (lower || t.Has(i, WordClass.Weekday | WordClass.Month))
            {
                s.Last = i - 1;
                break;
            }
        }
        while (s.Last > s.First && t.IsWord(s.Last) && !t[s.Last].Has(TokenFlags.Capitalised))
            s.Last--;
    }

    private bool Keep(Span s)
    {
        var hasCapital = false;
        for (var i = s.First; i <= s.Last; i++)
        {
            if (Skipped(i))
                return false;
            hasCapital |= t.IsWord(i) && t[i].Has(TokenFlags.Capitalised);
        }
        if (!hasCapital || t.TextOf(s.First, s.Last).Length < 2 || IsTicker(s.First, s.Last) || InCapitalsLine(s.First) || (s.First == s.Last && t.Has(s.First, WordClass.Function)))
            return false;
        // A lone title, role or generic head ("President", "CEO", "Office") is not a name.
        return !(s.First == s.Last && (RoleWords.IsRole(t.Span(s.First)) || Gazetteer.IsTitleWord(t.Span(s.First))
                                       || Gazetteer.IsOrgSuffix(t.Span(s.First)) && !StandsAlone(t.Span(s.First))));
    }

    // Head words that are also a name on their own: "Congress approved the bill".
    private static bool StandsAlone(ReadOnlySpan<char> word) =>
        word is "Congress" or "Parliament" or "Senate" or "Army" or "Navy" or "Police";

    private void MoveTitleToRole(Span s)
    {
        var first = s.First;
        while (first < s.Last && (RoleWords.IsRole(t.Span(first)) || Gazetteer.IsTitleWord(t.Span(first)) || t.IsPunct(first, '.')))
            first++;
        if (first == s.First || first > s.Last)
            return;
        s.Role = t.TextOf(s.First, first - 1).TrimEnd('.');
        s.TitleFirst = s.First;
        s.First = first;
    }

    private bool IsPossessive(int i) =>
        t.Span(i) is "'s" or "\u2019s" or "s" && (t.IsPunct(i - 1, '\'') || t.IsPunct(i - 1, '\u2019') || t.Span(i).Length == 2);

    /// <summary>The agency in a wire dateline, "HALVARD (Metro Wire) –": the whole of the parenthesis after an all-caps place.</summary>
    private bool IsDatelineSource(Span s)
    {
        if (!t.IsPunct(s.First - 1, '(') || s.First < 2 || !t[s.First - 2].Has(TokenFlags.AllCaps))
            return false;
        var close = s.Last + 1;
        while (close < t.Count && close - s.First <= 4 && IsCapitalisedWord(close))
            close++;
        if (!t.IsPunct(close, ')') || !(t.IsDash(close + 1) || t.IsPunct(close + 1, '-')))
            return false;
        s.Last = close - 1;
        return true;
    }

    // "UPS.US": a symbol with its exchange's suffix.
    private bool IsListedSymbol(int last) =>
        t[last].Has(TokenFlags.AllCaps) && t.IsPunct(last + 1, '.') && t[last + 1].Attached && t.IsWord(last + 2) && t[last + 2].Attached;

    /// <summary>"(AMZN.US)", "NASDAQ: AMZN": a listing symbol beside a name, not a name. A symbol standing in the sentence by
    /// itself ("competing with UPS.US and FedEx") names its company.</summary>
    private bool IsTicker(int first, int last)
    {
        if (first == last && t.IsAny(first, "NASDAQ", "NYSE", "LSE", "TSX", "Nasdaq"))
            return true;
        if (t[first].Has(TokenFlags.AllCaps) && first > 0 && (t.IsPunct(first - 1, ':') && (t.IsAny(first - 2, "NASDAQ", "NYSE", "LSE", "TSX", "ticker"))))
            return true;
        if (IsListedSymbol(last))
            return t.IsPunct(first - 1, '(');
        return t[first].Has(TokenFlags.AllCaps) && first >= 2 && t.IsPunct(first - 1, '.') && t[first].Attached && t[first - 1].Attached
               && t[first - 2].Has(TokenFlags.AllCaps);
    }

    private bool IsOutletName(int first, int last)
    {
        if (first > last)
            return false;
        if (RoleWords.IsKnownOutlet(t.Text.AsSpan(t[first].Start, t[last].End - t[first].Start)))
            return true;
        return last > first && t.Is(first - 1, "the") && RoleWords.IsOutletHead(t.Span(last)) && t[last].Has(TokenFlags.Capitalised);
    }

    public List<EntityMention> Mentions()
    {
        var result = new List<EntityMention>(_spans.Count);
        var canonicals = new Dictionary<Span, string>();
        foreach (var s in _spans.OrderBy(s => s.First))
        {
            var target = (s.Refers ?? s).Group;
            if (!canonicals.TryGetValue(target, out var canonical))
                canonicals[target] = canonical = Canonical(target);
            result.Add(new EntityMention(Surface(s), t[s.First].Start, t[s.Last].End, s.Refers is { } r ? r.Type : s.Type, canonical, s.Role));
        }
        return result;
    }
}
