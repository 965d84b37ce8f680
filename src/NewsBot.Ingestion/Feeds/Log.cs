using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Feeds;

/// <summary>Log messages of the feed reader.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Feed {SourceName} read: {Articles} articles, {Skipped} skipped, {PagesRead} pages read")]
    public static partial void FeedRead(ILogger logger, string sourceName, int articles, int skipped, int pagesRead);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Feed {SourceName} not modified since its last read")]
    public static partial void FeedNotModified(ILogger logger, string sourceName);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Feed {SourceName} could not be read: {Reason}")]
    public static partial void FeedFailed(ILogger logger, string sourceName, string reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "Feed {SourceName} failed unexpectedly")]
    public static partial void FeedUnexpectedError(ILogger logger, string sourceName, Exception exception);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Feed {SourceName}: {Skipped} items skipped, first: {FirstReason}")]
    public static partial void ItemsSkipped(ILogger logger, string sourceName, int skipped, string firstReason);
}
