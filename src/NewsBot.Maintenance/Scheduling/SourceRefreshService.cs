using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Maintenance.Status;

namespace NewsBot.Maintenance.Scheduling;

/// <summary>
/// Refreshes every configured source on its own interval through <see cref="IndexMaintenance"/> (incrementally). Each
/// source has its own loop, so a slow or failing one never delays another; a failing source is retried later and later
/// (<see cref="RefreshOptions.MaxBackoffMinutes"/>), never in a tight loop. All waiting goes through <see cref="TimeProvider"/>.
/// </summary>
public sealed class SourceRefreshService(
    ISourceCatalogue catalogue,
    IOptions<RefreshOptions> options,
    IndexMaintenance maintenance,
    SourceStatusStore store,
    TimeProvider timeProvider,
    ILogger<SourceRefreshService> logger) : BackgroundService
{
    private readonly RefreshOptions _options = options.Value;

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            Log.RefreshDisabled(logger);
            return Task.CompletedTask;
        }

        var sources = catalogue.Configured;
        Log.RefreshStarted(logger, sources.Count);
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
        // At least a minute, even if validation of the source list was skipped: a zero interval would be a tight loop.
        var interval = TimeSpan.FromMinutes(Math.Max(1, source.RefreshMinutes ?? _options.IntervalMinutes));
        var maximumBackoff = TimeSpan.FromMinutes(_options.MaxBackoffMinutes);
        var known = await store.ReadAsync(source.Name, stoppingToken).ConfigureAwait(false);
        var failures = known?.ConsecutiveFailures ?? 0;
        // After a restart a healthy source keeps its rhythm; a failing or new one is tried at once (the operator may have fixed it).
        var due = known is { ConsecutiveFailures: 0, LastSuccess: { } lastSuccess } ? lastSuccess + interval : timeProvider.GetUtcNow();
        while (true)
        {
            await DelayUntilAsync(due, stoppingToken).ConfigureAwait(false);
            var started = timeProvider.GetUtcNow();
            var request = MaintenanceRequest.RefreshSource(source.Name, RefreshMode.Incremental) with
            {
                // Planned from the attempt's own report, so the status recorded with it names the next attempt.
                PlanNextAttempt = report =>
                {
                    failures = report.Succeeded ? 0 : failures + 1;
                    due = NextDue(started, interval, failures, maximumBackoff, report.RetryAfter);
                    return due;
                },
            };
            await maintenance.RunAsync(request, progress: null, stoppingToken).ConfigureAwait(false);
        }
    }

    private DateTimeOffset NextDue(DateTimeOffset started, TimeSpan interval, int failures, TimeSpan maximumBackoff, TimeSpan? retryAfter)
    {
        var next = started + RefreshBackoff.After(interval, failures, maximumBackoff, retryAfter);
        var now = timeProvider.GetUtcNow();
        return next > now ? next : now;
    }

    /// <summary>
    /// Waits until the clock reads <paramref name="due"/>. A timer counts from when it is armed, so if the clock moves
    /// between reading it and arming the timer, the timer is re-armed: otherwise it would fire late by that much.
    /// </summary>
    private async Task DelayUntilAsync(DateTimeOffset due, CancellationToken stoppingToken)
    {
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            if (now >= due)
            {
                return;
            }

            using var armed = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(due - now, timeProvider, armed.Token);
            if (timeProvider.GetUtcNow() != now)
            {
                await armed.CancelAsync().ConfigureAwait(false);
                await delay.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
                continue;
            }

            await delay.ConfigureAwait(false);
        }
    }
}
