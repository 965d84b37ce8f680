using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;

namespace NewsBot.Maintenance;

/// <summary>
/// Makes sure there is an index to answer from: the first question on a new machine, or after the index was damaged,
/// builds it from the configured sources through <see cref="IndexMaintenance"/>.
/// </summary>
public sealed class IndexBootstrapper(IIndexHealthCheck index, IndexMaintenance maintenance)
{
    /// <summary>Builds the index when it is missing or corrupt; returns the rebuild report, or null when none was needed.</summary>
    public Task<RebuildReport?> EnsureReadyAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
        => EnsureReadyAsync(progress, onBuilding: null, cancellationToken);

    /// <summary>As <see cref="EnsureReadyAsync(IProgress{IndexProgress}, CancellationToken)"/>; <paramref name="onBuilding"/> runs first when a build is needed.</summary>
    public async Task<RebuildReport?> EnsureReadyAsync(IProgress<IndexProgress>? progress, Action? onBuilding, CancellationToken cancellationToken)
    {
        if (index.CheckHealth() == IndexHealth.Ready)
        {
            return null;
        }

        onBuilding?.Invoke();

        // CheckHealth has already logged the one line that says why the index cannot be used; an unusable index has
        // nothing worth keeping, so the rebuild may hold fewer articles than it claims to.
        var request = MaintenanceRequest.RebuildAll() with { AllowShrink = true };
        return await maintenance.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
    }
}
