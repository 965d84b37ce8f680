using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>
/// What a refresh asks the index about stories already indexed: whose they are (<see cref="IStoryCredits"/>), and who
/// else carried them.
/// </summary>
public interface IStoryLookup : IStoryCredits
{
    /// <summary>Ids of the indexed articles that came from the named source.</summary>
    Task<IReadOnlyCollection<string>> GetArticleIdsAsync(string sourceName, CancellationToken cancellationToken);

    /// <summary>
    /// The indexed articles of the named source as stored: metadata, and a text that holds every indexed passage at its
    /// own offset (what was never indexed, a caption say, is blank). A rebuild analyses them again to keep an archive
    /// source's articles that left it.
    /// </summary>
    Task<IReadOnlyList<Article>> GetStoredArticlesAsync(string sourceName, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>([]);

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
}
