using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities;

internal sealed partial class EntityDocument
{
    // How many sentences back "the agency" looks for the organisation it means.
    private const int DescriptionReach = 3;

    /// <summary>"US Postal Service (USPS)": the bracketed acronym is the same entity, wherever it appears.</summary>
    public void FindAcronyms()
    {
        foreach (var s in _spans.ToList())
        {
            var open = s.Last + 1;
            if (!t.IsPunct(open, '(') || !t.IsWord(open + 1) || !t[open + 1].Has(TokenFlags.AllCaps) || !t.IsPunct(open + 2, ')'))
                continue;
            if (!Acronym(s.First, s.Last).Equals(t.Span(open + 1), StringComparison.Ordinal))
                continue;
            var existing = _spans.FirstOrDefault(x => x.First == open + 1 && x.Last == open + 1);
            if (existing is null)
            {
                existing = new Span(open + 1, open + 1, s.Type);
                _spans.Add(existing);
            }
            existing.Type = s.Type;
            Union(existing, s);
        }
    }

    /// <summary>The initials of a name: all-caps words count whole ("US Postal Service" → USPS), small words not at all.</summary>
    private string Acronym(int first, int last)
    {
        var letters = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (!t.IsWord(i) || t.IsAny(i, "of", "and", "for", "the", "de", "&"))
                continue;
            if (t[i].Has(TokenFlags.AllCaps))
                letters.Append(t.Span(i));
            else if (char.IsUpper(t.Text[t[i].Start]))
                letters.Append(t.Text[t[i].Start]);
        }
        return letters.ToString();
    }

    /// <summary>A name keeps one type throughout the text (the majority's), and is found where the tagger missed it; a person's
    /// surname alone is that person.</summary>
    public void MakeConsistent()
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in _spans)
        {
            var key = Surface(s);
            if (!votes.TryGetValue(key, out var v))
                votes[key] = v = new int[4];
            v[(int)s.Type]++;
        }
        var typeOf = votes.ToDictionary(kv => kv.Key, kv => (EntityType)Array.IndexOf(kv.Value, kv.Value.Max()), StringComparer.Ordinal);
        foreach (var s in _spans)
            s.Type = typeOf[Surface(s)];
        // Names to look for again: every typed name, and every person's surname.
        var names = new Dictionary<string, (EntityType Type, int Tokens)>(StringComparer.Ordinal);
        foreach (var s in _spans.Where(s => s.Refers is null))
        {
            var tokens = s.Last - s.First + 1;
            names.TryAdd(Surface(s), (s.Type, tokens));
            if (s.Type == EntityType.Person && tokens >= 2 && t.IsWord(s.Last) && t.Span(s.Last).Length > 1)
                names.TryAdd(t.Span(s.Last).ToString(), (EntityType.Person, 1));
            // "US Postal Service" … "USPS", even where the text never defines the acronym.
            if (s.Type == EntityType.Organization && tokens >= 2 && Acronym(s.First, s.Last) is { Length: >= 3 } acronym)
                names.TryAdd(acronym, (EntityType.Organization, 1));
            // "The Washington Post" … "The Post".
            if (s.Type == EntityType.Outlet && tokens >= 3 && t.Is(s.First, "the"))
                names.TryAdd("The " + t.Span(s.Last).ToString(), (EntityType.Outlet, 2));
        }
        if (names.Count == 0)
            return;
        var longest = names.Values.Max(n => n.Tokens);
        var covered = CoveredTokens();
        for (var i = 0; i < t.Count; i++)
        {
            if (covered[i] || Skipped(i) || !t.IsWord(i) || !t[i].Has(TokenFlags.Capitalised))
                continue;
            for (var n = Math.Min(longest, t.Count - i); n >= 1; n--)
            {
                var last = i + n - 1;
                if (covered[last] || !t.IsWord(last) && !t.IsNumber(last))
                    continue;
                if (!names.TryGetValue(t.TextOf(i, last), out var name) || name.Tokens != n)
                    continue;
                // A name inside a longer capitalised run ("Amazon Web Services" when "Amazon" is known) is a different name.
                if (t.IsWord(last + 1) && t[last + 1].Has(TokenFlags.Capitalised) && t[last + 1].Has(TokenFlags.SpaceBefore)
                    && !t[last + 1].Has(TokenFlags.LineBefore))
                    break;
                _spans.Add(new Span(i, last, name.Type));
                for (var k = i; k <= last; k++)
                    covered[k] = true;
                i = last;
                break;
            }
        }
    }

    /// <summary>Links every short form to the full name it stands for: a person's surname, an organisation's last words
    /// ("the Postal Service", "The Post"), an acronym of the full name.</summary>
    public void LinkAliases()
    {
        var ordered = _spans.Where(s => s.Refers is null).OrderBy(s => s.First).ToList();
        var bySurface = new Dictionary<string, Span>(StringComparer.Ordinal);
        foreach (var s in ordered)
        {
            if (bySurface.TryGetValue(Bare(s), out var same))
                Union(s, same);
            else
                bySurface[Bare(s)] = s;
        }
        foreach (var s in ordered)
        {
            var words = Words(s);
            // The longest earlier (else later) name of a compatible type that this one shortens.
            Span? best = null;
            foreach (var other in ordered)
            {
                if (other == s)
                    continue;
                // A company's first word the tagger took for a place is the company. (A company's first word typed as a company
                // may be another company: Amazon is not Amazon Web Services.)
                if (s.Type == EntityType.Location && words.Length == 1 && IsCompanyFirstWord(words[0], other))
                {
                    best ??= other;
                    continue;
                }
                if (!Compatible(s.Type, other.Type))
                    continue;
                var full = Words(other);
                if (full.Length <= words.Length && !(words.Length == 1 && IsAcronymOf(words[0], other)))
                    continue;
                var shortens = s.Type == EntityType.Person || other.Type == EntityType.Person
                    ? s.Type == other.Type && words.Length == 1 && full[^1] == words[0]
                    : EndsWith(full, words) || (words.Length == 1 && IsAcronymOf(words[0], other));
                if (!shortens)
                    continue;
                if (best is null || (other.First < s.First && (best.First > s.First || other.First > best.First)))
                    best = other;
            }
            if (best is not null)
            {
                Union(s, best);
                if (s.Type != best.Type && best.Type != EntityType.Location)
                    s.Type = best.Type;
            }
        }
    }

    private bool IsAcronymOf(string word, Span other) =>
        word.Length >= 2 && word.All(char.IsUpper) && other.Last > other.First && Acronym(other.First, other.Last) == word;

    // "Meridian" for "Meridian Air", whatever the tagger typed it; but "Halvard" in "Halvard City Council" is the place.
    private bool IsCompanyFirstWord(string word, Span other)
    {
        var full = Words(other);
        return other.Type == EntityType.Organization && full.Length >= 2 && full[0] == word
               && !full.Skip(1).Any(w => AgencyWords.Contains(w) || PublicBodyWords.Contains(w) || PlaceHeads.Contains(w));
    }

    // Heads whose first word is usually the place the body serves.
    private static readonly string[] PlaceHeads =
        ["City", "County", "State", "University", "College", "School", "Hospital", "Airport", "Port", "Harbour", "Harbor", "Water",
         "Police", "Fire", "Metro", "Transit", "Library", "Museum", "Zoo", "Cathedral", "Church", "Club", "United", "FC"];

    private static bool Compatible(EntityType a, EntityType b) =>
        a == b || (a is EntityType.Organization or EntityType.Outlet && b is EntityType.Organization or EntityType.Outlet);

    private static bool EndsWith(string[] full, string[] tail)
    {
        if (tail.Length == 0 || tail.Length >= full.Length)
            return false;
        for (var k = 1; k <= tail.Length; k++)
            if (full[^k] != tail[^k])
                return false;
        return true;
    }

    /// <summary>The name's words without a leading "The" or possessive (computed once per span: call only after cleaning).</summary>
    private string[] Words(Span s) => s.Words ??= ReadWords(s);

    private string[] ReadWords(Span s)
    {
        var words = new List<string>();
        for (var i = s.First; i <= s.Last; i++)
        {
            if ((t.IsWord(i) || t.IsNumber(i)) && !(i == s.First && t.Is(i, "the")))
                words.Add(t.Span(i).ToString());
        }
        return words.ToArray();
    }

    private string Bare(Span s) => string.Join(' ', Words(s));

    private static void Union(Span a, Span b)
    {
        var ra = a.Group;
        var rb = b.Group;
        if (ra != rb)
            ra.Parent = rb;
    }

    /// <summary>The fullest name in the entity's group: the most words, spelled out rather than an acronym.</summary>
    private string Canonical(Span root)
    {
        Span? best = null;
        var bestScore = -1;
        foreach (var s in _spans)
        {
            if (s.Refers is not null || s.Group != root)
                continue;
            var words = Words(s);
            var score = words.Length * 4 + (words.Length == 1 && words[0].All(char.IsUpper) ? 0 : 2);
            if (score > bestScore)
                (best, bestScore) = (s, score);
        }
        if (best is null)
            return Surface(root);
        return best.Type == EntityType.Outlet ? Surface(best) : Bare(best);
    }

    // Names of public bodies that "the agency" can mean (a legislature or a court is not an agency, nor a company).
    private static readonly string[] AgencyWords =
        ["Service", "Agency", "Department", "Ministry", "Administration", "Commission", "Office", "Authority", "Bureau", "Board",
         "Police", "Reserve", "Inspectorate", "Regulator"];
    private static readonly string[] PublicBodyWords =
        ["Council", "Government", "Parliament", "Congress", "Senate", "Court", "Committee", "Assembly", "House", "Cabinet"];

    /// <summary>"the agency", "the company", "the e-commerce giant": resolved to the one organisation of the right kind named in the
    /// last few sentences; left out when none or several fit.</summary>
    public void ResolveDescriptions()
    {
        var named = _spans.Where(s => s.Refers is null && s.Type == EntityType.Organization).OrderBy(s => s.First).ToList();
        if (named.Count == 0)
            return;
        var covered = CoveredTokens();
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (!t.Is(i, "the") || Skipped(i) || covered[i])
                continue;
            var head = i + 1;
            // Up to two modifiers: "the e-commerce giant", "the state-owned postal agency".
            var steps = 0;
            while (steps < 4 && !IsDescriptionHead(head)
                   && (t.IsWord(head) && !t[head].Has(TokenFlags.Capitalised) && !t.Has(head, WordClass.Function) || t.IsDash(head)))
                (head, steps) = (head + 1, steps + 1);
            if (!IsDescriptionHead(head) || (t.IsWord(head + 1) && !t.IsAny(head + 1, "said", "says", "has", "had", "is", "was", "will", "would", "and", "to", "in", "on", "for", "of", "that", "which")
                                                && !IsPossessive(head + 1) && !t.IsPunct(head + 1, '\'')))
                continue;
            var agency = t.IsAny(head, "agency", "department", "ministry", "regulator", "service", "authority", "watchdog");
            var union = t.IsAny(head, "union", "guild", "federation", "association");
            var sentence = t.SentenceOf(i);
            var kinds = named.Where(s => s.Last < i && !IsEvent(s)).Select(s => s.Group).Distinct()
                .Where(g => agency ? IsAgency(g) : union ? IsKind(g, UnionWords) : !IsPublicBody(g) && !IsKind(g, UnionWords)).ToList();
            var near = kinds.Where(g => _spans.Any(s => s.Group == g && s.Refers is null && s.Last < i && sentence - t.SentenceOf(s.First) <= DescriptionReach)).ToList();
            // The one fitting organisation of the last few sentences, else the only one in the text so far.
            var target = near.Count == 1 ? near[0] : near.Count == 0 && kinds.Count == 1 ? kinds[0] : null;
            if (target is null)
                continue;
            _spans.Add(new Span(i, head, EntityType.Organization) { Refers = target });
            i = head;
        }
    }

    private bool IsDescriptionHead(int i) =>
        t.IsAny(i, "agency", "company", "firm", "retailer", "giant", "carrier", "airline", "union", "bank", "group", "department",
            "ministry", "regulator", "insurer", "automaker", "carmaker", "startup", "operator", "utility", "organisation",
            "organization", "corporation", "conglomerate", "lender", "chain", "watchdog", "service", "authority", "manufacturer");

    private bool IsAgency(Span root) => IsKind(root, AgencyWords);

    private bool IsPublicBody(Span root) => IsAgency(root) || IsKind(root, PublicBodyWords);

    private bool IsKind(Span root, string[] heads) => _spans.Any(s => s.Group == root && Words(s).Any(w => heads.Contains(w, StringComparer.Ordinal)));

    // A named storm is not what "the operator" or "the company" means.
    private bool IsEvent(Span s) => t.IsAny(s.First, "Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical");

    private static readonly string[] UnionWords = ["Union", "Guild", "Federation", "Association", "Confederation", "Syndicate"];
}
