using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Refresh;
using NewsBot.Ingestion.Scheduling;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Engine;

/// <summary>
/// Records what a reindex did to each configured source in the same status file the scheduled refresh writes,
/// so <c>newsbot sources</c> shows the latest result whichever of them ran last.
/// </summary>
public sealed class SourceStatusRecorder(IOptions<SourcesOptions> sources, SourceStatusStore store, TimeProvider timeProvider)
{
    /// <summary>Records every report whose source is configured; sources given ad hoc (<c>--from</c>) are not tracked.</summary>
    public async Task RecordAsync(RebuildReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var configured = sources.Value.Items.Count == 0 ? [SourcesOptions.Samples] : sources.Value.Items;
        var attemptedAt = timeProvider.GetUtcNow() - report.Elapsed;
        foreach (var sourceReport in report.Sources)
        {
            var options = configured.FirstOrDefault(item => string.Equals(item.Name, sourceReport.SourceName, StringComparison.OrdinalIgnoreCase));
            if (options is not null)
            {
                await store.RecordAsync(options, attemptedAt, sourceReport, batch: null, nextAttempt: null, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
