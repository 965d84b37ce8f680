using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Writes articles into the passage index: by id for a refresh, or a whole new index for a reindex.</summary>
public interface INewsIndexWriter
{
    /// <summary>
    /// Adds new articles and replaces changed ones, by article id. Unchanged ones are left alone. Outlets credited as
    /// carriers of an indexed story stay credited when it is replaced (until a full rebuild works the credits out again).
    /// </summary>
    Task<IndexUpdate> UpsertAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken);

    /// <summary>Removes articles by id.</summary>
    Task<IndexUpdate> RemoveAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the whole index with <paramref name="articles"/>: builds a new index beside the live one and swaps it in
    /// atomically. Questions asked meanwhile are answered from the old index; failure or cancellation leaves it intact.
    /// </summary>
    Task<IndexUpdate> ReplaceAllAsync(
        IReadOnlyList<AnalyzedArticle> articles,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="ReplaceAllAsync(IReadOnlyList{AnalyzedArticle}, IProgress{IndexProgress}?, CancellationToken)"/>, but
    /// the built generation is swapped in only when <paramref name="approveSwap"/> says so, seeing the article counts of
    /// the live and the new generation; refused, the new one is deleted, the live one stays, and the result is null.
    /// </summary>
    Task<IndexUpdate?> ReplaceAllAsync(
        IReadOnlyList<AnalyzedArticle> articles,
        IProgress<IndexProgress>? progress,
        Func<GenerationSwap, bool> approveSwap,
        CancellationToken cancellationToken);
}
