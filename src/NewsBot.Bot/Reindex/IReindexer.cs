using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Reindex;

/// <summary>Runs a reindex of every configured source for <c>/reindex</c>; implemented over the engine's refresh pipeline.</summary>
public interface IReindexer
{
    /// <summary>
    /// A full rebuild (swapped in atomically) when <paramref name="full"/>, else an incremental refresh of each source. A
    /// rebuild that would empty the index or remove more than half of it is refused unless <paramref name="allowShrink"/>.
    /// </summary>
    Task<ReindexSummary> RunAsync(bool full, bool allowShrink, IProgress<IndexProgress>? progress, CancellationToken cancellationToken);

    /// <summary>
    /// After a reindex, waits until every sentence of the live index has its vector (computed in the background, after
    /// the lexical index went live), reporting their progress; <see cref="VectorUpdate.None"/> at once when vectors are off.
    /// </summary>
    Task<VectorUpdate> FollowVectorsAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken);
}
