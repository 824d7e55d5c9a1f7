namespace NewsClaims.App.Pipeline;

/// <summary>What polling produced: feeds read, feeds unchanged (304), feeds that failed, and new articles.</summary>
public sealed record PollSummary(int Feeds, int NotModified, int Errors, int NewArticles)
{
    public static PollSummary Empty { get; } = new(0, 0, 0, 0);

    public PollSummary Add(PollSummary other) =>
        new(Feeds + other.Feeds, NotModified + other.NotModified, Errors + other.Errors, NewArticles + other.NewArticles);
}
