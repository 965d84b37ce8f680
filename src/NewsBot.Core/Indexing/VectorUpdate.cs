namespace NewsBot.Core.Indexing;

/// <summary>What one pass over the live index's sentences did.</summary>
/// <param name="Sentences">Distinct sentences in the live index.</param>
/// <param name="Embedded">Sentences embedded by this pass.</param>
/// <param name="Missing">Sentences still without a vector afterwards (the pass was cancelled, or the index changed under it).</param>
public sealed record VectorUpdate(int Sentences, int Embedded, int Missing)
{
    /// <summary>How long the pass took, finding the missing sentences included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Sentences embedded per second of the pass; 0 when none were.</summary>
    public double SentencesPerSecond => Embedded == 0 || Elapsed <= TimeSpan.Zero ? 0 : Embedded / Elapsed.TotalSeconds;

    /// <summary>Nothing to do: vectors are switched off or there is no index.</summary>
    public static VectorUpdate None { get; } = new(0, 0, 0);
}
