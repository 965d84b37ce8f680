using NewsBot.Bot.Reindex;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Maintenance;

namespace NewsBot.Engine;

/// <summary>
/// <c>/reindex</c> over <see cref="IndexMaintenance"/>: a full rebuild (built beside the live index and swapped in), or
/// an incremental refresh of every configured source.
/// </summary>
public sealed class EngineReindexer(IndexMaintenance maintenance) : IReindexer
{
    public async Task<ReindexSummary> RunAsync(bool full, bool allowShrink, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var request = full ? MaintenanceRequest.RebuildAll() with { AllowShrink = allowShrink } : MaintenanceRequest.RefreshAll(RefreshMode.Incremental);
        var report = await maintenance.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
        return new ReindexSummary(full, report.Sources, report.Update, report.Elapsed) { Refusal = report.Refusal };
    }
}
