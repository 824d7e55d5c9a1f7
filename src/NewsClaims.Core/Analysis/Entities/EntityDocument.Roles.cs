using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities;

internal sealed partial class EntityDocument
{
    private const int MaxRoleTokens = 8;

    /// <summary>Titles and roles next to a person's name: before it ("Amazon spokesperson Steve Kelly", "CEO Andy Jassy",
    /// "founder and executive chair Jeff Bezos") or in an apposition after it ("Jane Roe, the agency's chief economist,").</summary>
    public void FindRoles(Gazetteer gazetteer)
    {
        foreach (var s in _spans.Where(s => s.Type == EntityType.Person && s.Refers is null).ToList())
        {
            // A title the tagger took into the name (TitleFirst) and the words before it make one role.
            var start = RoleStart(s.TitleFirst);
            if (start < s.First)
            {
                s.Role = t.TextOf(start, s.First - 1).TrimEnd('.', ' ');
                // "Transport" in "Transport minister" names the brief, not a place; "Texas Governor" keeps its Texas.
                _spans.RemoveAll(o => o.Type == EntityType.Location && o.First >= start && o.Last < s.First && o.Refers is null
                                      && !gazetteer.IsPlace(t.Text.AsSpan(t[o.First].Start, t[o.Last].End - t[o.First].Start)));
            }
            else
            {
                s.Role = RoleAfter(s.Last);
            }
        }
    }

    /// <summary>Where the role words before <paramref name="first"/> begin (<paramref name="first"/> itself when there are none).</summary>
    private int RoleStart(int first)
    {
        var start = first;
        var sawRole = false;
        for (var i = first - 1; i >= 0 && first - i <= MaxRoleTokens; i--)
        {
            if (t.IsWord(i) && RoleWords.IsRole(t.Span(i)))
                sawRole = true;
            // Once a role word is seen, an organisation or office before it ("Amazon spokesperson", "General Post Office
            // Director") and the joins of a compound role ("founder and executive chair") belong to the role too.
            else if (!sawRole || !(t.IsWord(i) && t[i].Has(TokenFlags.Capitalised) && !Sentences.StartsAt(t, i + 1)
                                   || t.IsAny(i, "and", "of", "&") || t.IsDash(i) && t[i].Attached))
                break;
            start = i;
            if (Sentences.StartsAt(t, i))
                break;
        }
        while (start < first && (t.IsAny(start, "and", "of") || t.IsDash(start)))
            start++;
        return start < first && sawRole ? start : first;
    }

    private string? RoleAfter(int last)
    {
        if (!t.IsPunct(last + 1, ','))
            return null;
        var i = last + 2;
        if (t.IsAny(i, "the", "a", "an"))
            i++;
        var start = i;
        var sawRole = false;
        for (; i < t.Count && i - start < MaxRoleTokens; i++)
        {
            if (t.IsPunct(i, ',') || t.IsPunct(i, '.'))
                break;
            if (t.IsWord(i) && RoleWords.IsRole(t.Span(i)))
                sawRole = true;
            else if (!t.IsWord(i) && !t.IsDash(i) && !t.IsPunct(i, '\'') && !t.IsPunct(i, '\u2019'))
                return null;
            if (t.IsAny(i, "said", "says", "who", "which", "told"))
                return null;
        }
        return sawRole && i > start && i < t.Count && (t.IsPunct(i, ',') || t.IsPunct(i, '.')) ? t.TextOf(start, i - 1) : null;
    }
}
