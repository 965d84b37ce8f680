namespace NewsBot.Core.Indexing;

/// <summary>What one pass over the live index's sentences did.</summary>
/// <param name="Sentences">Distinct sentences in the live index.</param>
/// <param name="Embedded">Sentences embedded by this pass.</param>
/// <param name="Missing">Sentences still without a vector afterwards (the pass was cancelled, or the index changed under it).</param>
public sealed record VectorUpdate(int Sentences, int Embedded, int Missing)
{
    /// <summary>Nothing to do: vectors are switched off or there is no index.</summary>
    public static VectorUpdate None { get; } = new(0, 0, 0);
}
