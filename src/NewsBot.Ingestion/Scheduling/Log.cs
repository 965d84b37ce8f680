using Microsoft.Extensions.Logging;

namespace NewsBot.Ingestion.Scheduling;

/// <summary>Log messages of the scheduled refresh.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Scheduled refresh is disabled (Refresh:Enabled is false)")]
    public static partial void RefreshDisabled(ILogger logger);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Scheduled refresh of {SourceCount} sources started")]
    public static partial void RefreshStarted(ILogger logger, int sourceCount);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Source {SourceName} refreshed: {Read} read, {Added} added, {Updated} updated, {Skipped} skipped; next at {NextAttempt}")]
    public static partial void SourceRefreshed(ILogger logger, string sourceName, int read, int added, int updated, int skipped, DateTimeOffset nextAttempt);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Source {SourceName} failed ({Failures} in a row): {Reason}; next attempt at {NextAttempt}")]
    public static partial void SourceFailed(ILogger logger, string sourceName, int failures, string reason, DateTimeOffset nextAttempt);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Error, Message = "Refresh of source {SourceName} threw; treated as a failed attempt")]
    public static partial void RefreshThrew(ILogger logger, string sourceName, Exception exception);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Error, Message = "Source {SourceName} cannot be created and will not be refreshed")]
    public static partial void SourceNotCreated(ILogger logger, string sourceName, Exception exception);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Warning, Message = "Refresh status of source {SourceName} could not be saved")]
    public static partial void StatusNotSaved(ILogger logger, string sourceName, Exception exception);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Warning, Message = "Source status file {Path} could not be read; starting from an empty status")]
    public static partial void StatusUnreadable(ILogger logger, string path, Exception exception);
}
