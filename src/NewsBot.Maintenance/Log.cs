using Microsoft.Extensions.Logging;

namespace NewsBot.Maintenance;

/// <summary>Log messages of index maintenance: one per outcome, written where the outcome is decided.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, EventName = "SourceFailed", Level = LogLevel.Warning, Message = "Source {SourceName} could not be read ({Reason}); its indexed articles are kept")]
    public static partial void SourceFailed(ILogger logger, string sourceName, string reason);

    [LoggerMessage(EventId = 3002, EventName = "SourceFailedRetrying", Level = LogLevel.Warning, Message = "Source {SourceName} could not be read ({Reason}); its indexed articles are kept; next attempt at {NextAttempt}")]
    public static partial void SourceFailedRetrying(ILogger logger, string sourceName, string reason, DateTimeOffset nextAttempt);

    [LoggerMessage(EventId = 3003, EventName = "SourceRefreshed", Level = LogLevel.Information, Message = "Source {SourceName}: {Read} read, {Added} added, {Updated} updated, {Removed} removed, {Skipped} skipped")]
    public static partial void SourceRefreshed(ILogger logger, string sourceName, int read, int added, int updated, int removed, int skipped);

    [LoggerMessage(EventId = 3004, EventName = "RefreshThrew", Level = LogLevel.Error, Message = "Source {SourceName}: {Reason}; treated as a failed attempt")]
    public static partial void RefreshThrew(ILogger logger, string sourceName, string reason, Exception exception);

    [LoggerMessage(EventId = 3005, EventName = "Rebuilt", Level = LogLevel.Information, Message = "Rebuilt the index from {Sources} sources: {Articles} articles read, {Passages} passages")]
    public static partial void Rebuilt(ILogger logger, int sources, int articles, int passages);

    [LoggerMessage(EventId = 3006, EventName = "RebuildFellBack", Level = LogLevel.Warning, Message = "{Failed} of {Sources} sources failed, so the index was updated source by source instead of rebuilt; the failed sources' articles are kept")]
    public static partial void RebuildFellBack(ILogger logger, int failed, int sources);

    [LoggerMessage(EventId = 3007, EventName = "RebuildRefused", Level = LogLevel.Warning, Message = "The index was not replaced: {Reason}")]
    public static partial void RebuildRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 3008, EventName = "SourceShrinkRefused", Level = LogLevel.Warning, Message = "Source {SourceName}: articles it no longer offers were kept: {Reason}")]
    public static partial void SourceShrinkRefused(ILogger logger, string sourceName, string reason);

    [LoggerMessage(EventId = 3101, EventName = "RefreshDisabled", Level = LogLevel.Information, Message = "Scheduled refresh is disabled (Refresh:Enabled is false)")]
    public static partial void RefreshDisabled(ILogger logger);

    [LoggerMessage(EventId = 3102, EventName = "RefreshStarted", Level = LogLevel.Information, Message = "Scheduled refresh of {SourceCount} sources started")]
    public static partial void RefreshStarted(ILogger logger, int sourceCount);

    [LoggerMessage(EventId = 3201, EventName = "StatusNotSaved", Level = LogLevel.Warning, Message = "Refresh status of source {SourceName} could not be saved")]
    public static partial void StatusNotSaved(ILogger logger, string sourceName, Exception exception);

    [LoggerMessage(EventId = 3202, EventName = "StatusUnreadable", Level = LogLevel.Warning, Message = "Source status file {Path} could not be read; starting from an empty status")]
    public static partial void StatusUnreadable(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 3301, EventName = "VectorsFailed", Level = LogLevel.Warning, Message = "Sentence vectors could not be computed; answers use words alone for the sentences without one, and it is tried again")]
    public static partial void VectorsFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3302, EventName = "WaitingForOtherVectorPass", Level = LogLevel.Warning, Message = "Another process is computing the sentence vectors of the index at {Path}; waiting for it to finish")]
    public static partial void WaitingForOtherVectorPass(ILogger logger, string path);
}
