using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Refresh;

/// <summary>Log messages of the refresh and rebuild pipeline.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Source {SourceName} could not be read: {Reason}. Its indexed articles are kept")]
    public static partial void SourceFailed(ILogger logger, string sourceName, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Source {SourceName}: {Read} read, {Added} added, {Updated} updated, {Removed} removed, {Skipped} skipped")]
    public static partial void SourceRefreshed(ILogger logger, string sourceName, int read, int added, int updated, int removed, int skipped);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Rebuilt the index from {Sources} sources: {Articles} articles, {Passages} passages")]
    public static partial void Rebuilt(ILogger logger, int sources, int articles, int passages);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "{Failed} of {Sources} sources failed, so the index was updated source by source instead of rebuilt; the failed sources' articles are kept")]
    public static partial void RebuildFellBack(ILogger logger, int failed, int sources);
}
