namespace NewsClaims.Core.Extraction.Content;

/// <summary>
/// The author's biography that templates print after the text ("Marta Lind is a transport reporter who …"), with the
/// name and job title lines around it: about the writer, not the story.
/// </summary>
public static partial class AuthorBio
{
    private const int Tail = 6;

    /// <summary>The paragraphs without a biography of one of <paramref name="authors"/> among the last few.</summary>
    public static List<Paragraph> Without(List<Paragraph> paragraphs, IReadOnlyList<string> authors, string? siteName)
    {
        if (authors.Count == 0 || paragraphs.Count < 4)
            return paragraphs;
        var start = Math.Max(1, paragraphs.Count - Tail);
        var (bio, author) = (-1, "");
        for (var i = paragraphs.Count - 1; i >= start && bio < 0; i--)
            foreach (var a in authors)
                // A person's name: a company signing the piece (a firm's own blog, the site itself) ends it with its own pitch,
                // which is the text.
                if (a.Contains(' ') && !a.Equals(siteName, StringComparison.OrdinalIgnoreCase) && IsBio(paragraphs[i].Text, a))
                    (bio, author) = (i, a);
        if (bio < 0)
            return paragraphs;
        // The name and job title printed as lines of their own just above the biography go with it.
        var from = bio;
        while (from > start && paragraphs[from - 1].Text is var line && Html.Whitespace.WordCount(line) <= 4 &&
               (line.Equals(author, StringComparison.OrdinalIgnoreCase) || Role().IsMatch(line)))
            from--;
        return [.. paragraphs.Take(from), .. paragraphs.Skip(bio + 1)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:" + Metadata.BylineRoles.Newsroom + @"|author)\b")]
    private static partial System.Text.RegularExpressions.Regex Role();

    // A desk describes itself with its article: "The Lifestyle Desk is a team of …".
    private static bool IsBio(string text, string author) =>
        (text.StartsWith("The ", StringComparison.Ordinal) && !author.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text) is var named &&
        named.StartsWith(author, StringComparison.OrdinalIgnoreCase) && named.Length > author.Length + 20 &&
        named.AsSpan(author.Length).TrimStart(',').TrimStart() is var rest &&
        (rest.StartsWith("is ", StringComparison.Ordinal) || rest.StartsWith("has ", StringComparison.Ordinal) || rest.StartsWith("was ", StringComparison.Ordinal) ||
         rest.StartsWith("writes ", StringComparison.Ordinal) || rest.StartsWith("covers ", StringComparison.Ordinal));
}
