using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>The passage index on disk: written by reindex and refresh, read by questions.</summary>
public interface INewsIndex
{
    /// <summary>Checks the index on disk without changing it.</summary>
    IndexHealth CheckHealth();

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

    /// <summary>Ids of the indexed articles that came from the named source.</summary>
    Task<IReadOnlyCollection<string>> GetArticleIdsAsync(string sourceName, CancellationToken cancellationToken);

    /// <summary>
    /// For each of <paramref name="articleIds"/> that is indexed, who the story is credited to; ids not in the index are
    /// absent from the result. Lets a refresh see that another source already carries the same story.
    /// </summary>
    Task<IReadOnlyDictionary<string, StoryCredit>> GetCreditsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// For each of <paramref name="articles"/> (by id) whose wording is near-identical to an indexed story under another
    /// id (estimated resemblance of their <see cref="AnalyzedArticle.Sketch"/>es at least <paramref name="threshold"/>),
    /// the most alike such story. Lets a refresh recognise wire copy that another outlet published under its own url.
    /// </summary>
    Task<IReadOnlyDictionary<string, IndexedStory>> FindNearIdenticalAsync(
        IReadOnlyList<AnalyzedArticle> articles,
        double threshold,
        CancellationToken cancellationToken);

    /// <summary>
    /// Credits more outlets as carriers of indexed stories (article id to outlets), leaving their text as it is; ids
    /// not in the index and outlets credited already are ignored. Counts each story that gained a carrier as updated.
    /// </summary>
    Task<IndexUpdate> AddCarriersAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> outletsByArticleId, CancellationToken cancellationToken);

    /// <summary>Counts, dates and outlets of what is indexed.</summary>
    IndexStats GetStats();
}
