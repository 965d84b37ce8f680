using Microsoft.Extensions.Logging;

namespace NewsBot.Search;

/// <summary>The search library's log lines, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "IndexMissing", Level = LogLevel.Warning, Message = "No search index at {Path}; it must be built from the sources")]
    public static partial void IndexMissing(ILogger logger, string path);

    [LoggerMessage(EventId = 2, EventName = "IndexCorrupt", Level = LogLevel.Error, Message = "The search index at {Path} is corrupt ({Reason}); it must be rebuilt from the sources")]
    public static partial void IndexCorrupt(ILogger logger, string path, string reason, Exception? exception);

    [LoggerMessage(EventId = 3, EventName = "GenerationSwapped", Level = LogLevel.Information, Message = "Index generation {Generation} is live: {Articles} articles, {Passages} passages")]
    public static partial void GenerationSwapped(ILogger logger, string generation, int articles, int passages);

    [LoggerMessage(EventId = 4, EventName = "RebuildAbandoned", Level = LogLevel.Warning, Message = "Index rebuild into {Generation} did not finish; the previous index stays live")]
    public static partial void RebuildAbandoned(ILogger logger, string generation, Exception exception);

    [LoggerMessage(EventId = 5, EventName = "IndexUpdated", Level = LogLevel.Information, Message = "Index updated: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed")]
    public static partial void IndexUpdated(ILogger logger, int added, int updated, int unchanged, int removed);

    [LoggerMessage(EventId = 6, EventName = "WaitingForOtherWriter", Level = LogLevel.Warning, Message = "Another process is writing the search index at {Path}; waiting for it to finish")]
    public static partial void WaitingForOtherWriter(ILogger logger, string path);

    [LoggerMessage(EventId = 7, EventName = "FollowedGeneration", Level = LogLevel.Information, Message = "Another process made index generation {Generation} live; following it")]
    public static partial void FollowedGeneration(ILogger logger, string generation);

    [LoggerMessage(EventId = 8, EventName = "CannotFollowGeneration", Level = LogLevel.Warning, Message = "Index generation {Generation}, made live by another process, cannot be read; still answering from {Current}")]
    public static partial void CannotFollowGeneration(ILogger logger, string generation, string current, Exception exception);

    [LoggerMessage(EventId = 9, EventName = "RolledBack", Level = LogLevel.Warning, Message = "Index generation {Generation} is live again ({Articles} articles), replacing {Replaced}")]
    public static partial void RolledBack(ILogger logger, string generation, string replaced, int articles);

    [LoggerMessage(EventId = 10, EventName = "SwapRefused", Level = LogLevel.Warning, Message = "Index generation {Generation} ({NewArticles} articles) was not swapped in: the caller refused it against the live {LiveArticles} articles")]
    public static partial void SwapRefused(ILogger logger, string generation, int newArticles, int liveArticles);

    [LoggerMessage(EventId = 11, EventName = "EmbeddingSentences", Level = LogLevel.Information, Message = "Computing vectors for {Missing} of the index's {Sentences} sentences")]
    public static partial void EmbeddingSentences(ILogger logger, int missing, int sentences);

    [LoggerMessage(EventId = 12, EventName = "EmbeddedSentences", Level = LogLevel.Information, Message = "Computed {Embedded} sentence vectors; {Left} sentences still have none")]
    public static partial void EmbeddedSentences(ILogger logger, int embedded, int left);

    [LoggerMessage(EventId = 13, EventName = "IndexRecovered", Level = LogLevel.Warning, Message = "The search index at {Path}: {Recovery}")]
    public static partial void IndexRecovered(ILogger logger, string path, string recovery, Exception? exception);

    [LoggerMessage(EventId = 14, EventName = "GenerationDamaged", Level = LogLevel.Error, Message = "Index generation {Generation} could not be read while answering ({Kind}: {Reason}); it is marked damaged and the previous complete generation takes over")]
    public static partial void GenerationDamaged(ILogger logger, string generation, string kind, string reason, Exception exception);
}
