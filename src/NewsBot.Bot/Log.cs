using Microsoft.Extensions.Logging;

namespace NewsBot.Bot;

/// <summary>
/// Log messages of the bot. Questions are logged by where they came from, outcome and latency; never their text
/// (a private answer must not reach the log) and never a token.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, EventName = "QuestionAnswered", Level = LogLevel.Information, Message = "Question via {Via} in guild {GuildId} channel {ChannelId}: {Outcome} in {LatencyMs} ms (private: {Private})")]
    public static partial void QuestionAnswered(ILogger logger, string via, ulong? guildId, ulong? channelId, string outcome, long latencyMs, bool @private);

    [LoggerMessage(EventId = 4002, EventName = "HandlerFailed", Level = LogLevel.Error, Message = "Handling {Kind} {Name} failed; the member was sent an apology")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string kind, string name);

    [LoggerMessage(EventId = 4003, EventName = "ApologyFailed", Level = LogLevel.Warning, Message = "The apology for a failed {Kind} could not be sent either")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(EventId = 4004, EventName = "CoolingDown", Level = LogLevel.Debug, Message = "User {UserId} is cooling down for {Seconds} s more")]
    public static partial void CoolingDown(ILogger logger, ulong userId, double seconds);

    [LoggerMessage(EventId = 4008, EventName = "ReindexStarted", Level = LogLevel.Information, Message = "Reindex (full: {Full}) started by user {UserId}")]
    public static partial void ReindexStarted(ILogger logger, bool full, ulong userId);

    [LoggerMessage(EventId = 4009, EventName = "ReindexFinished", Level = LogLevel.Information, Message = "Reindex (full: {Full}) finished in {Seconds} s: {Read} read, {Added} added, {Updated} updated, {Removed} removed, {Skipped} skipped")]
    public static partial void ReindexFinished(ILogger logger, bool full, double seconds, int read, int added, int updated, int removed, int skipped);

    [LoggerMessage(EventId = 4010, EventName = "ReindexRefused", Level = LogLevel.Information, Message = "Reindex refused for user {UserId}: {Reason}")]
    public static partial void ReindexRefused(ILogger logger, ulong userId, string reason);

    [LoggerMessage(EventId = 4011, EventName = "Draining", Level = LogLevel.Information, Message = "Shutting down: waiting for {Count} answer(s) or reindex(es) in flight")]
    public static partial void Draining(ILogger logger, int count);

    [LoggerMessage(EventId = 4012, EventName = "Abandoning", Level = LogLevel.Warning, Message = "Shutdown timed out; cancelling {Count} piece(s) of work still running")]
    public static partial void Abandoning(ILogger logger, int count);

    [LoggerMessage(EventId = 4013, EventName = "WorkFailed", Level = LogLevel.Error, Message = "Background work {Name} failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string name);

    [LoggerMessage(EventId = 4014, EventName = "ProgressEditFailed", Level = LogLevel.Warning, Message = "A progress edit could not be sent")]
    public static partial void ProgressEditFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4015, EventName = "Fatal", Level = LogLevel.Critical, Message = "{Reason}")]
    public static partial void Fatal(ILogger logger, string reason);

    [LoggerMessage(EventId = 4016, EventName = "ButtonRemovalFailed", Level = LogLevel.Debug, Message = "Expired paging buttons could not be removed")]
    public static partial void ButtonRemovalFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4020, EventName = "ReindexOutlivesReply", Level = LogLevel.Information, Message = "Reindex (full: {Full}) is still running as its reply's token nears its end; the reply now points to 'newsbot sources' and is no longer edited")]
    public static partial void ReindexOutlivesReply(ILogger logger, bool full);

    [LoggerMessage(EventId = 4021, EventName = "ReindexHandOverFailed", Level = LogLevel.Warning, Message = "The reindex reply's last edit (pointing to 'newsbot sources') could not be sent")]
    public static partial void ReindexHandOverFailed(ILogger logger, Exception exception);
}
