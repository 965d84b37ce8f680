using NewsBot.Core.Indexing;
using NewsBot.Ingestion.Refresh;

namespace NewsBot.Engine;

/// <summary>
/// Makes sure there is an index to answer from: the first question on a new machine, or after the index
/// was damaged, builds it from the configured sources.
/// </summary>
public sealed class IndexBootstrapper(IIndexHealthCheck index, IndexRebuilder rebuilder)
{
    /// <summary>Builds the index when it is missing or corrupt; returns the rebuild report, or null when none was needed.</summary>
    public async Task<RebuildReport?> EnsureReadyAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var health = index.CheckHealth();
        if (health == IndexHealth.Ready)
        {
            return null;
        }

        // CheckHealth has already logged the one line that says why the index cannot be used.
        return await rebuilder.RebuildAsync(progress, cancellationToken).ConfigureAwait(false);
    }
}
