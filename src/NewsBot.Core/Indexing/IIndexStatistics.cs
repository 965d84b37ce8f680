namespace NewsBot.Core.Indexing;

/// <summary>Counts, dates and outlets of what is indexed, for the bot's footers and the <c>sources</c> listing.</summary>
public interface IIndexStatistics
{
    /// <summary>What the live index holds; <see cref="IndexStats.Empty"/> when there is none.</summary>
    IndexStats GetStats();
}
