using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>An index that only reports statistics and who stories are credited to (what the bot reads from it).</summary>
internal sealed class FakeNewsIndex : INewsIndex
{
    public IndexStats Stats { get; set; } = new(
        12, 80, new DateTimeOffset(2025, 11, 22, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero),
        [new OutletStats("Reuters", 7, null, null), new OutletStats("Newsmax", 4, null, null), new OutletStats("AP News", 1, null, null)]);

    /// <summary>Credits by article id; articles not in it are not indexed.</summary>
    public Dictionary<string, StoryCredit> Credits { get; } = new(StringComparer.Ordinal);

    public IndexStats GetStats() => Stats;

    public IndexHealth CheckHealth() => IndexHealth.Ready;

    public Task<IndexUpdate> UpsertAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IndexUpdate> RemoveAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IndexUpdate> ReplaceAllAsync(IReadOnlyList<AnalyzedArticle> articles, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<IReadOnlyCollection<string>> GetArticleIdsAsync(string sourceName, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, StoryCredit>> GetCreditsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyDictionary<string, StoryCredit>>(articleIds.Where(Credits.ContainsKey).ToDictionary(id => id, id => Credits[id], StringComparer.Ordinal));

    public Task<IReadOnlyDictionary<string, IndexedStory>> FindNearIdenticalAsync(IReadOnlyList<AnalyzedArticle> articles, double threshold, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<IndexUpdate> AddCarriersAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> outletsByArticleId, CancellationToken cancellationToken)
        => throw new NotSupportedException();
}
