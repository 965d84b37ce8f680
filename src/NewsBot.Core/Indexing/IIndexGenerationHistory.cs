namespace NewsBot.Core.Indexing;

/// <summary>The previous index generations kept beside the live one, and bringing the most recent of them back.</summary>
public interface IIndexGenerationHistory
{
    /// <summary>The live generation (when there is one) first, then the kept previous ones, the most recent first.</summary>
    IReadOnlyList<IndexGeneration> ListGenerations();

    /// <summary>
    /// Makes the most recent previous generation live again, atomically (questions switch from one to the other, never
    /// see neither); the generation it replaces is kept as the previous one, so a rollback can be undone the same way.
    /// Returns the generation now live, or null when no previous generation is kept.
    /// </summary>
    Task<IndexGeneration?> RollbackAsync(CancellationToken cancellationToken);
}
