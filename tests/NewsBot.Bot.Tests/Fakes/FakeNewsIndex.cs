using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>An index that reports statistics (what the bot reads from it besides answers).</summary>
internal sealed class FakeNewsIndex : IIndexStatistics
{
    public IndexStats Stats { get; set; } = new(
        12, 80, new DateTimeOffset(2025, 11, 22, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero),
        [new OutletStats("Reuters", 7, null, null), new OutletStats("Newsmax", 4, null, null), new OutletStats("AP News", 1, null, null)]);

    public IndexStats GetStats() => Stats;
}
