using Microsoft.Extensions.Logging;
using NewsClaims.App.Configuration;
using NewsClaims.Ingestion.Feeds;
using NewsClaims.Ingestion.Http;
using NewsClaims.Storage.Outlets;

namespace NewsClaims.App.Pipeline;

/// <summary>Polls an outlet's feeds with conditional GETs and queues every new article they list.</summary>
/// <remarks>A broken feed is recorded on its row (status, error, failure count) and never stops the outlet's other feeds.</remarks>
public sealed class FeedPoller(PipelineServices services)
{
    /// <summary>Child sitemaps read from one sitemap index per poll (the newest first).</summary>
    private const int MaxChildSitemaps = 3;

    private readonly ILogger _log = services.Logging.CreateLogger("poll");

    public async Task<PollSummary> PollAsync(OutletConfig outlet, long outletId, CancellationToken ct)
    {
        var summary = PollSummary.Empty;
        foreach (var feed in services.Outlets.ActiveFeeds(outletId))
        {
            var polled = await PollFeedAsync(outlet, outletId, feed, ct).ConfigureAwait(false);
            summary = summary.Add(polled);
        }
        var now = services.Time.GetUtcNow();
        services.Outlets.RecordOutletPolled(outletId, now, outlet.Schedule.NextAfter(now));
        return summary;
    }

    private async Task<PollSummary> PollFeedAsync(OutletConfig outlet, long outletId, FeedRow feed, CancellationToken ct)
    {
        var polledAt = services.Time.GetUtcNow();
        var result = await services.Fetcher.FetchAsync(feed.Url, outlet.Fetch, new ConditionalRequest(feed.Etag, feed.LastModified), ct)
            .ConfigureAwait(false);
        var record = new FeedPollRecord { FeedId = feed.Id, PolledAt = polledAt, Status = result.Status, Attempts = result.ToRecords() };
        if (result.Outcome == FetchOutcome.NotModified)
        {
            services.Outlets.RecordPoll(outletId, record);
            _log.LogInformation("{Outlet}: {Feed} not modified", outlet.Name, feed.Url);
            return new PollSummary(1, 1, 0, 0);
        }
        if (!result.IsSuccess)
        {
            services.Outlets.RecordPoll(outletId, record with { Error = result.Error });
            _log.LogWarning("{Outlet}: {Feed} failed: {Error}", outlet.Name, feed.Url, result.Error);
            return new PollSummary(1, 0, 1, 0);
        }

        FeedDocument document;
        var attempts = record.Attempts.ToList();
        try
        {
            document = FeedParser.Parse(result.Body, result.ContentType, new Uri(result.FinalUrl ?? feed.Url));
            if (document.Format == FeedFormat.SitemapIndex)
                document = await ReadChildSitemapsAsync(outlet, document, attempts, ct).ConfigureAwait(false);
        }
        catch (FeedFormatException e)
        {
            services.Outlets.RecordPoll(outletId, record with { Error = $"malformed feed: {e.Message}", Attempts = attempts });
            _log.LogWarning("{Outlet}: {Feed} is malformed: {Error}", outlet.Name, feed.Url, e.Message);
            return new PollSummary(1, 0, 1, 0);
        }

        var items = document.Items.Take(outlet.MaxArticlesPerPoll)
            .Select(i => new DiscoveredArticle(i.Url, i.Title, i.Published)).ToList();
        var added = services.Outlets.RecordPoll(outletId, record with
        {
            Format = document.Format.ToString().ToLowerInvariant(), Etag = result.ETag, LastModified = result.LastModified,
            Items = items, Attempts = attempts,
        });
        _log.LogInformation("{Outlet}: {Feed}: {Items} items, {New} new", outlet.Name, feed.Url, items.Count, added);
        return new PollSummary(1, 0, 0, added);
    }

    private async Task<FeedDocument> ReadChildSitemapsAsync(OutletConfig outlet, FeedDocument index, List<AttemptRecord> attempts, CancellationToken ct)
    {
        var items = new List<FeedItem>();
        foreach (var child in index.ChildFeeds.Take(MaxChildSitemaps))
        {
            var result = await services.Fetcher.FetchAsync(child, outlet.Fetch, null, ct).ConfigureAwait(false);
            attempts.AddRange(result.ToRecords());
            if (!result.IsSuccess)
                continue;
            try
            {
                items.AddRange(FeedParser.Parse(result.Body, result.ContentType, new Uri(result.FinalUrl ?? child)).Items);
            }
            catch (FeedFormatException e)
            {
                _log.LogWarning("{Outlet}: child sitemap {Sitemap} is malformed: {Error}", outlet.Name, child, e.Message);
            }
        }
        return index with { Items = items.DistinctBy(i => i.Url).ToList() };
    }
}
