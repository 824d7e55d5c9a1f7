using Microsoft.Extensions.Logging;
using NewsClaims.Core.Reconciliation;

namespace NewsClaims.App.Pipeline;

/// <summary>Puts newly analysed articles into stories and judges again only the stories that changed: a new article costs its own
/// story's work, never the whole store's.</summary>
/// <remarks>Each join and each story's judgement is its own transaction, so a stop at any point keeps what was done and the
/// next run picks up the rest (a story left marked dirty is judged again).</remarks>
public sealed class ReconcileStage(PipelineServices services)
{
    private const int BatchSize = 256;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);
    private readonly ILogger _log = services.Logging.CreateLogger("reconcile");

    /// <summary>How many articles joined stories, how many stories were judged, and the groups and open flags they hold.</summary>
    public sealed record Summary(int Joined, int NewStories, int Stories, int Groups, int Discrepancies);

    public Summary Drain(CancellationToken ct)
    {
        int joined = 0, created = 0, stories = 0, groups = 0, flagged = 0;
        var progress = new ProgressClock(services.Time, ProgressEvery);
        while (!ct.IsCancellationRequested)
        {
            var waiting = services.Reconcile.Unassigned(BatchSize);
            if (waiting.Count == 0)
                break;
            foreach (var article in waiting)
            {
                ct.ThrowIfCancellationRequested();
                var signature = new StorySignature(article.Id, article.Published, article.Entities, TextSignature.Terms(article.Text));
                var best = StoryMatcher.Best(signature, services.Reconcile.Candidates(article.Entities, article.Published));
                services.Reconcile.Join(signature, best?.Story, best?.Score);
                joined++;
                created += best is null ? 1 : 0;
                if (progress.IsDue())
                    _log.LogInformation("placed {Joined} articles in stories so far ({New} new stories)", joined, created);
            }
        }
        foreach (var story in services.Reconcile.DirtyStories())
        {
            ct.ThrowIfCancellationRequested();
            var loaded = services.Reconcile.Load(story);
            var result = loaded is { } l ? StoryReconciler.Reconcile(l.Anchor, l.Articles) : null;
            services.Reconcile.Save(story, result);
            stories++;
            groups += result?.Groups.Count ?? 0;
            flagged += result?.Groups.Count(g => g.Discrepancy is not null) ?? 0;
            if (progress.IsDue())
                _log.LogInformation("judged {Stories} stories so far", stories);
        }
        return new Summary(joined, created, stories, groups, flagged);
    }
}
