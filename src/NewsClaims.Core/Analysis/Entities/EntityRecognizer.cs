using NewsClaims.Core.Analysis.Entities.Tagging;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities;

/// <summary>Finds the people, organisations, places and outlets a text names, with their roles and one canonical name per entity.</summary>
/// <remarks>
/// The learned tagger proposes names sentence by sentence; rules then make them fit for claims: titles move from the name to its
/// role, tickers and page furniture are dropped, outlets are told apart, a name typed once is typed the same throughout and found
/// where the tagger missed it, acronyms and short forms join their full names, and "the agency" or "the company" is resolved
/// when one candidate is clearly meant.
/// </remarks>
public static class EntityRecognizer
{
    public static List<EntityMention> Find(TokenizedText t, Func<int, bool>? skip = null, ITokenTagger? tagger = null, Gazetteer? gazetteer = null)
    {
        tagger ??= ShippedModel.Tagger;
        gazetteer ??= ShippedModel.Gazetteer;
        var doc = new EntityDocument(t, skip);
        Tag(doc, tagger, gazetteer);
        doc.Clean(gazetteer);
        doc.FindAcronyms();
        doc.MakeConsistent();
        doc.FindRoles(gazetteer);
        doc.LinkAliases();
        doc.ResolveDescriptions();
        return doc.Mentions();
    }

    public static List<EntityMention> Find(string text) => Find(Tokenizer.Tokenize(text));

    private static void Tag(EntityDocument doc, ITokenTagger tagger, Gazetteer gazetteer)
    {
        var t = doc.Text;
        var hints = new GazetteerHint[Math.Max(1, t.Count)];
        var labels = new byte[Math.Max(1, t.Count)];
        for (var start = 0; start < t.Count;)
        {
            var end = t.SentenceEnd(start);
            var length = end - start;
            gazetteer.Hints(t, start, end, hints.AsSpan(0, length));
            tagger.Tag(t, start, hints.AsSpan(0, length), labels.AsSpan(0, length));
            foreach (var (first, last, type) in BioLabel.Spans(labels.AsSpan(0, length)))
                doc.Add(start + first, start + last, type);
            start = end;
        }
    }
}
