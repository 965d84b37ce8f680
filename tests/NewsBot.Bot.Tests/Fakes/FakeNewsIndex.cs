using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>An index that reports statistics and who stories are credited to (what the bot reads from it).</summary>
internal sealed class FakeNewsIndex : IIndexStatistics, IStoryCredits
{
    public IndexStats Stats { get; set; } = new(
        12, 80, new DateTimeOffset(2025, 11, 22, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero),
        [new OutletStats("Reuters", 7, null, null), new OutletStats("Newsmax", 4, null, null), new OutletStats("AP News", 1, null, null)]);

    /// <summary>Credits by article id; articles not in it are not indexed.</summary>
    public Dictionary<string, StoryCredit> Credits { get; } = new(StringComparer.Ordinal);

    public IndexStats GetStats() => Stats;

    public Task<IReadOnlyDictionary<string, StoryCredit>> GetCreditsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyDictionary<string, StoryCredit>>(articleIds.Where(Credits.ContainsKey).ToDictionary(id => id, id => Credits[id], StringComparer.Ordinal));
}
