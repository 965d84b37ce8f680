using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Scheduling;

/// <summary>
/// Refreshes every configured source on its own interval through <see cref="ISourceRefresher"/> (incrementally), and
/// records each attempt in the <see cref="SourceStatusStore"/>. Each source has its own loop, so a slow or failing one
/// never delays another; a failing source is retried later and later (<see cref="RefreshOptions.MaxBackoffMinutes"/>),
/// never in a tight loop. All waiting goes through <see cref="TimeProvider"/>.
/// </summary>
public sealed class SourceRefreshService : BackgroundService
{
    private readonly SourcesOptions _sources;
    private readonly RefreshOptions _options;
    private readonly IArticleSourceFactory _factory;
    private readonly ISourceRefresher _refresher;
    private readonly SourceStatusStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SourceRefreshService> _logger;

    public SourceRefreshService(
        IOptions<SourcesOptions> sources,
        IOptions<RefreshOptions> options,
        IArticleSourceFactory factory,
        ISourceRefresher refresher,
        SourceStatusStore store,
        TimeProvider timeProvider,
        ILogger<SourceRefreshService> logger)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(refresher);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _sources = sources.Value;
        _options = options.Value;
        _factory = factory;
        _refresher = refresher;
        _store = store;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            Log.RefreshDisabled(_logger);
            return Task.CompletedTask;
        }

        IReadOnlyList<SourceOptions> sources = _sources.Items.Count > 0 ? _sources.Items : [SourcesOptions.Samples];
        Log.RefreshStarted(_logger, sources.Count);
        // Task.Run: a source whose first steps are synchronous cannot hold up the loops of the others.
        return Task.WhenAll(sources.Select(source => Task.Run(() => RunSourceAsync(source, stoppingToken), CancellationToken.None)));
    }

    private async Task RunSourceAsync(SourceOptions source, CancellationToken stoppingToken)
    {
        try
        {
            await RefreshOnScheduleAsync(source, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RefreshOnScheduleAsync(SourceOptions source, CancellationToken stoppingToken)
    {
        IArticleSource articleSource;
        try
        {
            articleSource = _factory.Create(source);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.SourceNotCreated(_logger, source.Name, exception);
            var report = new SourceReport(source.Name, $"The source cannot be created: {exception.Message}", 0, IndexUpdate.None, [], TimeSpan.Zero);
            await RecordAsync(source, _timeProvider.GetUtcNow(), report, null, null, stoppingToken).ConfigureAwait(false);
            return;
        }

        // At least a minute, even if validation of the source list was skipped: a zero interval would be a tight loop.
        var interval = TimeSpan.FromMinutes(Math.Max(1, source.RefreshMinutes ?? _options.IntervalMinutes));
        var maximumBackoff = TimeSpan.FromMinutes(_options.MaxBackoffMinutes);
        var known = await _store.ReadAsync(source.Name, stoppingToken).ConfigureAwait(false);
        var failures = known?.ConsecutiveFailures ?? 0;
        // After a restart a healthy source keeps its rhythm; a failing or new one is tried at once (the operator may have fixed it).
        var due = known is { ConsecutiveFailures: 0, LastSuccess: { } lastSuccess } ? lastSuccess + interval : _timeProvider.GetUtcNow();
        while (true)
        {
            await DelayUntilAsync(due, stoppingToken).ConfigureAwait(false);
            var started = _timeProvider.GetUtcNow();
            var observed = new ObservedArticleSource(articleSource);
            SourceReport report;
            try
            {
                report = await _refresher.RefreshAsync(observed, RefreshMode.Incremental, null, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && stoppingToken.IsCancellationRequested))
            {
                Log.RefreshThrew(_logger, source.Name, exception);
                report = new SourceReport(source.Name, $"The refresh failed unexpectedly: {exception.Message}", 0, IndexUpdate.None, [], _timeProvider.GetUtcNow() - started);
            }

            failures = report.Succeeded ? 0 : failures + 1;
            var now = _timeProvider.GetUtcNow();
            var next = started + RefreshBackoff.After(interval, failures, maximumBackoff);
            due = next > now ? next : now;
            await RecordAsync(source, started, report, observed.LastBatch, due, stoppingToken).ConfigureAwait(false);
            if (report.Succeeded)
            {
                Log.SourceRefreshed(_logger, source.Name, report.Read, report.Update.Added, report.Update.Updated, report.Skipped.Count, due);
            }
            else
            {
                Log.SourceFailed(_logger, source.Name, failures, report.Failure!, due);
            }
        }
    }

    /// <summary>
    /// Waits until the clock reads <paramref name="due"/>. A timer counts from when it is armed, so if the clock moves
    /// between reading it and arming the timer, the timer is re-armed: otherwise it would fire late by that much.
    /// </summary>
    private async Task DelayUntilAsync(DateTimeOffset due, CancellationToken stoppingToken)
    {
        while (true)
        {
            var now = _timeProvider.GetUtcNow();
            if (now >= due)
            {
                return;
            }

            using var armed = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(due - now, _timeProvider, armed.Token);
            if (_timeProvider.GetUtcNow() != now)
            {
                await armed.CancelAsync().ConfigureAwait(false);
                await delay.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
                continue;
            }

            await delay.ConfigureAwait(false);
        }
    }

    private async Task RecordAsync(SourceOptions source, DateTimeOffset started, SourceReport report, SourceBatch? batch, DateTimeOffset? next, CancellationToken stoppingToken)
    {
        try
        {
            await _store.RecordAsync(source, started, report, batch, next, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A status file that cannot be written (full disk, permissions) must not stop the refreshes themselves.
            Log.StatusNotSaved(_logger, source.Name, exception);
        }
    }
}
