using Microsoft.Extensions.Logging;

namespace NewsBot.Discord;

/// <summary>
/// Every log line of NewsBot.Discord, source-generated: 1xxx the gateway, 2xxx REST, 3xxx hosting. None carries the
/// bot token, an interaction token or a payload that could: routes are logged as templates.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "Connecting", Level = LogLevel.Information, Message = "Shard {ShardId}: connecting to {GatewayUrl} ({Mode})")]
    public static partial void Connecting(ILogger logger, int shardId, Uri gatewayUrl, string mode);

    [LoggerMessage(EventId = 1002, EventName = "ConnectFailed", Level = LogLevel.Warning, Message = "Shard {ShardId}: could not connect to {GatewayUrl}")]
    public static partial void ConnectFailed(ILogger logger, int shardId, Uri gatewayUrl, Exception exception);

    [LoggerMessage(EventId = 1003, EventName = "Hello", Level = LogLevel.Debug, Message = "Shard {ShardId}: hello, heartbeat every {HeartbeatIntervalMs} ms, first after {FirstHeartbeatMs} ms")]
    public static partial void Hello(ILogger logger, int shardId, int heartbeatIntervalMs, long firstHeartbeatMs);

    [LoggerMessage(EventId = 1004, EventName = "Identifying", Level = LogLevel.Information, Message = "Shard {ShardId}: identifying as shard [{ShardId}, {ShardCount}] with intents {Intents}")]
    public static partial void Identifying(ILogger logger, int shardId, int shardCount, int intents);

    [LoggerMessage(EventId = 1005, EventName = "IdentifyWaited", Level = LogLevel.Information, Message = "Shard {ShardId}: waited {Waited} for its identify turn")]
    public static partial void IdentifyWaited(ILogger logger, int shardId, TimeSpan waited);

    [LoggerMessage(EventId = 1006, EventName = "Resuming", Level = LogLevel.Information, Message = "Shard {ShardId}: resuming session {SessionId} from sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, int shardId, string sessionId, int? sequence);

    [LoggerMessage(EventId = 1007, EventName = "Ready", Level = LogLevel.Information, Message = "Shard {ShardId}: ready as {UserName} ({UserId}), session {SessionId}, {GuildCount} guild(s)")]
    public static partial void Ready(ILogger logger, int shardId, string userName, ulong userId, string sessionId, int guildCount);

    [LoggerMessage(EventId = 1008, EventName = "Resumed", Level = LogLevel.Information, Message = "Shard {ShardId}: resumed at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, int shardId, int? sequence);

    [LoggerMessage(EventId = 1009, EventName = "HeartbeatSent", Level = LogLevel.Trace, Message = "Shard {ShardId}: heartbeat with sequence {Sequence}")]
    public static partial void HeartbeatSent(ILogger logger, int shardId, int? sequence);

    [LoggerMessage(EventId = 1010, EventName = "Zombie", Level = LogLevel.Warning, Message = "Shard {ShardId}: no heartbeat ACK since the last heartbeat; closing the zombie connection to resume")]
    public static partial void Zombie(ILogger logger, int shardId);

    [LoggerMessage(EventId = 1011, EventName = "ReconnectRequested", Level = LogLevel.Information, Message = "Shard {ShardId}: the gateway asked to reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger, int shardId);

    [LoggerMessage(EventId = 1012, EventName = "InvalidSession", Level = LogLevel.Warning, Message = "Shard {ShardId}: invalid session (op 9), resumable: {Resumable}")]
    public static partial void InvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(EventId = 1013, EventName = "Closed", Level = LogLevel.Warning, Message = "Shard {ShardId}: the gateway closed the connection with code {CloseCode} ({CloseReason})")]
    public static partial void Closed(ILogger logger, int shardId, int? closeCode, string? closeReason);

    [LoggerMessage(EventId = 1014, EventName = "ReconnectScheduled", Level = LogLevel.Information, Message = "Shard {ShardId}: next connection attempt in {Delay} (failed attempts in a row: {Failures})")]
    public static partial void ReconnectScheduled(ILogger logger, int shardId, TimeSpan delay, int failures);

    [LoggerMessage(EventId = 1015, EventName = "Fatal", Level = LogLevel.Critical, Message = "Shard {ShardId}: stopping for good: {Reason}")]
    public static partial void Fatal(ILogger logger, int shardId, string reason);

    [LoggerMessage(EventId = 1016, EventName = "MalformedFrame", Level = LogLevel.Warning, Message = "Shard {ShardId}: skipped a gateway frame that is not valid JSON")]
    public static partial void MalformedFrame(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(EventId = 1017, EventName = "DispatchParseFailed", Level = LogLevel.Warning, Message = "Shard {ShardId}: skipped dispatch {EventName} #{Sequence}, whose data did not parse")]
    public static partial void DispatchParseFailed(ILogger logger, int shardId, string eventName, int sequence, Exception exception);

    [LoggerMessage(EventId = 1018, EventName = "HandlerFailed", Level = LogLevel.Error, Message = "Shard {ShardId}: a handler of {EventName} #{Sequence} failed")]
    public static partial void HandlerFailed(ILogger logger, int shardId, string eventName, int sequence, Exception exception);

    [LoggerMessage(EventId = 1019, EventName = "GatewayInfoFailed", Level = LogLevel.Warning, Message = "Shard {ShardId}: could not get the gateway URL from GET /gateway/bot")]
    public static partial void GatewayInfoFailed(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(EventId = 1020, EventName = "GatewayInfo", Level = LogLevel.Information, Message = "Gateway at {GatewayUrl}: {RecommendedShards} shard(s) recommended, {Remaining} session start(s) left, max concurrency {MaxConcurrency}")]
    public static partial void GatewayInfo(ILogger logger, string gatewayUrl, int recommendedShards, int remaining, int maxConcurrency);

    [LoggerMessage(EventId = 1021, EventName = "Stopped", Level = LogLevel.Information, Message = "Shard {ShardId}: closed cleanly (1000)")]
    public static partial void Stopped(ILogger logger, int shardId);

    [LoggerMessage(EventId = 1022, EventName = "Dropped", Level = LogLevel.Warning, Message = "Shard {ShardId}: the connection dropped without a close code")]
    public static partial void Dropped(ILogger logger, int shardId);

    [LoggerMessage(EventId = 1023, EventName = "StartingShards", Level = LogLevel.Information, Message = "Starting {ShardCount} shard(s) of {TotalShards}: {FirstShard}..{LastShard}")]
    public static partial void StartingShards(ILogger logger, int shardCount, int totalShards, int firstShard, int lastShard);

    [LoggerMessage(EventId = 1024, EventName = "ConnectionFailed", Level = LogLevel.Error, Message = "Shard {ShardId}: the connection failed unexpectedly; reconnecting")]
    public static partial void ConnectionFailed(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(EventId = 1025, EventName = "ResumeHostUnreachable", Level = LogLevel.Warning, Message = "Shard {ShardId}: the resume host cannot be reached; starting a new session on the gateway URL")]
    public static partial void ResumeHostUnreachable(ILogger logger, int shardId);

    [LoggerMessage(EventId = 1026, EventName = "ResumeGivenUp", Level = LogLevel.Warning, Message = "Shard {ShardId}: {FailedResumes} resume attempt(s) in a row were refused; starting a new session")]
    public static partial void ResumeGivenUp(ILogger logger, int shardId, int failedResumes);

    [LoggerMessage(EventId = 2001, EventName = "RestAnswered", Level = LogLevel.Debug, Message = "Discord REST {Route} answered {Status}")]
    public static partial void RestAnswered(ILogger logger, string route, int status);

    [LoggerMessage(EventId = 2002, EventName = "RestRateLimited", Level = LogLevel.Warning, Message = "Discord rate limited {Route} (global: {Global}); retrying after {RetryAfterSeconds} s")]
    public static partial void RestRateLimited(ILogger logger, string route, bool global, double retryAfterSeconds);

    [LoggerMessage(EventId = 2003, EventName = "RestServerError", Level = LogLevel.Warning, Message = "Discord REST {Route} failed with {Status} (attempt {Attempt} of {MaxAttempts}); retrying after {DelaySeconds} s")]
    public static partial void RestServerError(ILogger logger, string route, int status, int attempt, int maxAttempts, double delaySeconds);

    [LoggerMessage(EventId = 2004, EventName = "RestSendFailed", Level = LogLevel.Warning, Message = "Discord REST {Route} could not be sent (attempt {Attempt} of {MaxAttempts}); retrying after {DelaySeconds} s")]
    public static partial void RestSendFailed(ILogger logger, Exception exception, string route, int attempt, int maxAttempts, double delaySeconds);

    [LoggerMessage(EventId = 2005, EventName = "RestUnauthorized", Level = LogLevel.Critical, Message = "Discord refused the bot token on {Route} (401); the REST client stops sending. Check Discord:Token")]
    public static partial void RestUnauthorized(ILogger logger, string route);

    [LoggerMessage(EventId = 2006, EventName = "RestRefused", Level = LogLevel.Warning, Message = "Discord refused {Route} with {Status}: {ErrorMessage} (code {Code})")]
    public static partial void RestRefused(ILogger logger, string route, int status, string errorMessage, int code);

    [LoggerMessage(EventId = 2007, EventName = "RestDeadlinePassed", Level = LogLevel.Warning, Message = "Discord REST {Route} not sent: due by {Deadline}, it could only arrive late (rate-limit wait until: {WaitEndsAt})")]
    public static partial void RestDeadlinePassed(ILogger logger, string route, DateTimeOffset deadline, DateTimeOffset? waitEndsAt);

    [LoggerMessage(EventId = 3001, EventName = "GatewayStopped", Level = LogLevel.Critical, Message = "The Discord gateway stopped: {Reason} The application is stopping.")]
    public static partial void GatewayStopped(ILogger logger, string reason);
}
