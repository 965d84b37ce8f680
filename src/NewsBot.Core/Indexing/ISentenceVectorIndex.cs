namespace NewsBot.Core.Indexing;

/// <summary>
/// The sentence vectors beside the lexical index. They are computed after the lexical index is live, so a reindex or
/// refresh never waits for them; answers use them as they arrive.
/// </summary>
public interface ISentenceVectorIndex
{
    /// <summary>Whether vectors are computed and used at all (<c>Index:Semantic</c>).</summary>
    bool Enabled { get; }

    /// <summary>How many times the live index has changed in this process; pass it to <see cref="WaitForChangeAsync"/>.</summary>
    long Changes { get; }

    /// <summary>Completes once the live index has changed more than <paramref name="seen"/> times (at once if it has).</summary>
    Task WaitForChangeAsync(long seen, CancellationToken cancellationToken);

    /// <summary>
    /// Embeds every sentence of the live index that has no vector yet, on up to <paramref name="maxParallel"/> cores,
    /// saving as it goes: cancelled or killed, what was saved stays, and the next call goes on from there. One pass runs
    /// at a time in a process; a call that comes while one runs waits for it (then finds little or nothing left), and
    /// its <paramref name="progress"/> reports that pass meanwhile.
    /// </summary>
    Task<VectorUpdate> EmbedMissingAsync(int maxParallel, IProgress<IndexProgress>? progress, CancellationToken cancellationToken);
}
