using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Discord.Tests.Outbound;

/// <summary>An index with nothing in it, for replies whose footers are not what a test looks at.</summary>
internal sealed class EmptyIndexStatistics : IIndexStatistics
{
    public IndexStats GetStats() => IndexStats.Empty;
}
