using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Reindex;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Maintenance;

namespace NewsBot.Engine;

/// <summary>
/// <c>/reindex</c> over <see cref="IndexMaintenance"/>: a full rebuild (built beside the live index and swapped in), or
/// an incremental refresh of every configured source; then the sentence vectors' progress.
/// </summary>
public sealed class MaintenanceReindexer(IndexMaintenance maintenance, IHostApplicationLifetime? lifetime = null) : IReindexer
{
    public async Task<ReindexSummary> RunAsync(bool full, bool allowShrink, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var request = full ? MaintenanceRequest.RebuildAll() with { AllowShrink = allowShrink } : MaintenanceRequest.RefreshAll(RefreshMode.Incremental);
        var report = await maintenance.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
        return new ReindexSummary(full, report.Sources, report.Update, report.Elapsed) { Refusal = report.Refusal };
    }

    // Beside questions, like serve's background pass (VectorCatchUpService), which this follows when it runs first;
    // given up when the host stops, so a shutdown never waits for vectors (what was computed is saved).
    public async Task<VectorUpdate> FollowVectorsAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        if (!maintenance.ComputesVectors)
        {
            return VectorUpdate.None;
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime?.ApplicationStopping ?? CancellationToken.None);
        return await maintenance.EmbedVectorsAsync(besideQuestions: true, progress, onWait: null, stopping.Token).ConfigureAwait(false);
    }
}
