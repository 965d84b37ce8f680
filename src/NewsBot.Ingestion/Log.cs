using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion;

/// <summary>Source-generated log messages of the ingestion assembly.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "Skipped {Location}: {Reason}")]
    public static partial void SkippedFile(ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Skipped {Location} line {Line}: {Reason}")]
    public static partial void SkippedLine(ILogger logger, string location, int line, string reason);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Source {SourceName} could not be read: {Failure}")]
    public static partial void SourceFailed(ILogger logger, string sourceName, string failure);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Source {SourceName}: read {ArticleCount} articles from {FileCount} files, skipped {SkippedCount}")]
    public static partial void SourceRead(ILogger logger, string sourceName, int articleCount, int fileCount, int skippedCount);
}
