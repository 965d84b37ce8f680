using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Indexing;

namespace NewsBot.Maintenance.Scheduling;

/// <summary>
/// In <c>serve</c>, computes the sentence vectors the live index lacks, in the background: once at start (a reindex run
/// with <c>--no-vectors</c>, or one that was stopped, left some), then after every change of the index (a refresh,
/// <c>/reindex</c>, another process's swap), so new articles get theirs within seconds. Each pass is
/// <see cref="IndexMaintenance.EmbedVectorsAsync"/> beside questions; the service never stops the host: a failure is
/// logged and retried at the next change or in a while.
/// </summary>
public sealed class VectorCatchUpService(IndexMaintenance maintenance, TimeProvider timeProvider, ILogger<VectorCatchUpService> logger, ISentenceVectorIndex? vectors = null) : BackgroundService
{
    // After a failure (a full disk, an unreadable index), wait this long unless the index changes first.
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        vectors is { Enabled: true } index ? Task.Run(() => RunAsync(index, stoppingToken), CancellationToken.None) : Task.CompletedTask;

    private async Task RunAsync(ISentenceVectorIndex index, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var seen = index.Changes;
                try
                {
                    await maintenance.EmbedVectorsAsync(besideQuestions: true, progress: null, onWait: null, stoppingToken).ConfigureAwait(false);
                    await index.WaitForChangeAsync(seen, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    Log.VectorsFailed(logger, exception);
                    await Task.WhenAny(index.WaitForChangeAsync(seen, stoppingToken), Task.Delay(RetryAfterFailure, timeProvider, stoppingToken)).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what was computed is saved.
        }
    }
}
