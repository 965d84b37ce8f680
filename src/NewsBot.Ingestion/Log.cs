using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion;

/// <summary>
/// Source-generated log messages of reading sources (folders, feeds, pages). Failures and skipped items are not logged
/// here: sources return them as values in their batch, and the refresh that decides what they mean logs them once.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "FolderRead", Level = LogLevel.Debug, Message = "Source {SourceName}: read {ArticleCount} articles from {FileCount} files, skipped {SkippedCount}")]
    public static partial void FolderRead(ILogger logger, string sourceName, int articleCount, int fileCount, int skippedCount);

    [LoggerMessage(EventId = 1002, EventName = "FeedRead", Level = LogLevel.Debug, Message = "Feed {SourceName} read: {Articles} articles, {Skipped} skipped, {PagesRead} pages read")]
    public static partial void FeedRead(ILogger logger, string sourceName, int articles, int skipped, int pagesRead);

    [LoggerMessage(EventId = 1003, EventName = "FeedNotModified", Level = LogLevel.Debug, Message = "Feed {SourceName} not modified since its last read")]
    public static partial void FeedNotModified(ILogger logger, string sourceName);

    // A programmer error, not an expected failure: the batch carries the reason, only this line carries the stack.
    [LoggerMessage(EventId = 1004, EventName = "FeedUnexpectedError", Level = LogLevel.Error, Message = "Feed {SourceName} failed unexpectedly")]
    public static partial void FeedUnexpectedError(ILogger logger, string sourceName, Exception exception);
}
