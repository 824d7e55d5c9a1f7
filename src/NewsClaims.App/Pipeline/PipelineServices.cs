using Microsoft.Extensions.Logging;
using NewsClaims.App.Configuration;
using NewsClaims.Ingestion.Http;
using NewsClaims.Ingestion.Politeness;
using NewsClaims.Storage;
using NewsClaims.Storage.Analyses;
using NewsClaims.Storage.Articles;
using NewsClaims.Storage.Extractions;
using NewsClaims.Storage.Outlets;
using NewsClaims.Storage.Reconciliation;

namespace NewsClaims.App.Pipeline;

/// <summary>The composition root of the pipeline: one of each service, shared by run, run --once, ingest and the worker's jobs.</summary>
public sealed class PipelineServices : IDisposable
{
    public PipelineServices(Database database, FeedsConfig config, ILoggerFactory logging, TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        Database = database;
        Config = config;
        Logging = logging;
        Outlets = new OutletStore(database, Time);
        Articles = new ArticleStore(database, Time);
        Fetcher = new Fetcher(config.UserAgent, new HostGate(Time), Time);
        Poller = new FeedPoller(this);
        ArticleFetch = new ArticleFetchStage(this);
        Extractions = new ExtractionStore(database, Time);
        Extract = new ExtractStage(this);
        Analyses = new AnalysisStore(database, Time);
        Analyze = new AnalyzeStage(this);
        Reconcile = new ReconcileStore(database, Time);
        ReconcileStage = new ReconcileStage(this);
    }

    public TimeProvider Time { get; }
    public Database Database { get; }
    public FeedsConfig Config { get; }
    public ILoggerFactory Logging { get; }
    public OutletStore Outlets { get; }
    public ArticleStore Articles { get; }
    public Fetcher Fetcher { get; }
    public FeedPoller Poller { get; }
    public ArticleFetchStage ArticleFetch { get; }
    public ExtractionStore Extractions { get; }
    public ExtractStage Extract { get; }
    public AnalysisStore Analyses { get; }
    public AnalyzeStage Analyze { get; }
    public ReconcileStore Reconcile { get; }
    public ReconcileStage ReconcileStage { get; }

    /// <summary>Stores the configured outlets and feeds; returns outlet ids by name.</summary>
    public IReadOnlyDictionary<string, long> SyncOutlets() =>
        Outlets.Sync(Config.Outlets.Select(o => new OutletSpec(o.Name, o.Homepage, o.Enabled, o.Feeds)).ToList());

    /// <summary>Releases the HTTP connections and flushes the logs (the services own the logger factory they were given).</summary>
    public void Dispose()
    {
        Fetcher.Dispose();
        Logging.Dispose();
    }
}
