using Microsoft.Extensions.Logging;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Maintenance.Status;

/// <summary>
/// Records what each maintenance run did to its sources (configured, or read by <c>reindex --from</c>) in the <see cref="SourceStatusStore"/>, so
/// <c>newsbot sources</c> shows the latest result whichever of reindex, <c>/reindex</c> or the schedule ran last. A
/// status file that cannot be written (full disk, permissions) is logged and never fails the run itself.
/// </summary>
public sealed class SourceStatusRecorder(SourceStatusStore store, ILogger<SourceStatusRecorder> logger)
{
    /// <summary>
    /// Records every source report of <paramref name="report"/> whose source is among <paramref name="sources"/>: the
    /// configured ones, or the folders and files a <c>reindex --from</c> read.
    /// </summary>
    public async Task RecordAsync(RebuildReport report, IReadOnlyList<SourceOptions> sources, DateTimeOffset attemptedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var sourceReport in report.Sources)
        {
            if (sources.FirstOrDefault(source => string.Equals(source.Name, sourceReport.SourceName, StringComparison.OrdinalIgnoreCase)) is { } options)
            {
                await RecordAsync(options, attemptedAt, sourceReport, batch: null, nextAttempt: null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Records one attempt of <paramref name="source"/>, with the batch it read when known.</summary>
    public async Task RecordAsync(
        SourceOptions source,
        DateTimeOffset attemptedAt,
        SourceReport report,
        SourceBatch? batch,
        DateTimeOffset? nextAttempt,
        CancellationToken cancellationToken)
    {
        try
        {
            await store.RecordAsync(source, attemptedAt, report, batch, nextAttempt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.StatusNotSaved(logger, source.Name, exception);
        }
    }
}
