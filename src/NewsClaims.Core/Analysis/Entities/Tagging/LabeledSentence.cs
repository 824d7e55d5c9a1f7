using System.Text;
using NewsClaims.Core.Analysis.Text;

namespace NewsClaims.Core.Analysis.Entities.Tagging;

/// <summary>A training sentence in our own tokenization, one gold label per token.</summary>
public sealed record LabeledSentence(TokenizedText Text, byte[] Labels)
{
    /// <summary>Re-tokenizes a corpus sentence (its words joined by spaces) with our tokenizer and carries each word's label over
    /// to its pieces, so the tagger learns on the tokens it will see in use ("U.S." is four tokens here, one in the corpus).</summary>
    /// <param name="words">The corpus tokens.</param>
    /// <param name="labels">Their labels as BIO (a B- on the first piece of a word, I- on the rest).</param>
    public static LabeledSentence FromWords(IReadOnlyList<string> words, IReadOnlyList<byte> labels)
    {
        var text = new StringBuilder();
        var wordStarts = new int[words.Count];
        for (var k = 0; k < words.Count; k++)
        {
            if (k > 0)
                text.Append(' ');
            wordStarts[k] = text.Length;
            text.Append(words[k]);
        }
        var tokenized = Tokenizer.Tokenize(text.ToString());
        var result = new byte[tokenized.Count];
        var word = 0;
        for (var i = 0; i < tokenized.Count; i++)
        {
            while (word + 1 < words.Count && tokenized[i].Start >= wordStarts[word + 1])
                word++;
            var label = labels[word];
            var firstPiece = i == 0 || tokenized[i - 1].Start < wordStarts[word];
            result[i] = firstPiece ? label : BioLabel.Inside(label);
        }
        return new LabeledSentence(tokenized, result);
    }
}
