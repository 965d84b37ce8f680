using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>Source-generated log messages of the gateway client. None of them carries the token or a payload that could.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Shard {ShardId}: connecting to {GatewayUrl} ({Mode})")]
    public static partial void Connecting(ILogger logger, int shardId, Uri gatewayUrl, string mode);

    [LoggerMessage(1002, LogLevel.Warning, "Shard {ShardId}: could not connect to {GatewayUrl}")]
    public static partial void ConnectFailed(ILogger logger, int shardId, Uri gatewayUrl, Exception exception);

    [LoggerMessage(1003, LogLevel.Debug, "Shard {ShardId}: hello, heartbeat every {HeartbeatIntervalMs} ms, first after {FirstHeartbeatMs} ms")]
    public static partial void Hello(ILogger logger, int shardId, int heartbeatIntervalMs, long firstHeartbeatMs);

    [LoggerMessage(1004, LogLevel.Information, "Shard {ShardId}: identifying as shard [{ShardId}, {ShardCount}] with intents {Intents}")]
    public static partial void Identifying(ILogger logger, int shardId, int shardCount, int intents);

    [LoggerMessage(1005, LogLevel.Information, "Shard {ShardId}: waited {Waited} for its identify turn")]
    public static partial void IdentifyWaited(ILogger logger, int shardId, TimeSpan waited);

    [LoggerMessage(1006, LogLevel.Information, "Shard {ShardId}: resuming session {SessionId} from sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, int shardId, string sessionId, int? sequence);

    [LoggerMessage(1007, LogLevel.Information, "Shard {ShardId}: ready as {UserName} ({UserId}), session {SessionId}, {GuildCount} guild(s)")]
    public static partial void Ready(ILogger logger, int shardId, string userName, ulong userId, string sessionId, int guildCount);

    [LoggerMessage(1008, LogLevel.Information, "Shard {ShardId}: resumed at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, int shardId, int? sequence);

    [LoggerMessage(1009, LogLevel.Trace, "Shard {ShardId}: heartbeat with sequence {Sequence}")]
    public static partial void HeartbeatSent(ILogger logger, int shardId, int? sequence);

    [LoggerMessage(1010, LogLevel.Warning, "Shard {ShardId}: no heartbeat ACK since the last heartbeat; closing the zombie connection to resume")]
    public static partial void Zombie(ILogger logger, int shardId);

    [LoggerMessage(1011, LogLevel.Information, "Shard {ShardId}: the gateway asked to reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger, int shardId);

    [LoggerMessage(1012, LogLevel.Warning, "Shard {ShardId}: invalid session (op 9), resumable: {Resumable}")]
    public static partial void InvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(1013, LogLevel.Warning, "Shard {ShardId}: the gateway closed the connection with code {CloseCode} ({CloseReason})")]
    public static partial void Closed(ILogger logger, int shardId, int? closeCode, string? closeReason);

    [LoggerMessage(1014, LogLevel.Information, "Shard {ShardId}: next connection attempt in {Delay} (failed attempts in a row: {Failures})")]
    public static partial void ReconnectScheduled(ILogger logger, int shardId, TimeSpan delay, int failures);

    [LoggerMessage(1015, LogLevel.Critical, "Shard {ShardId}: stopping for good: {Reason}")]
    public static partial void Fatal(ILogger logger, int shardId, string reason);

    [LoggerMessage(1016, LogLevel.Warning, "Shard {ShardId}: skipped a gateway frame that is not valid JSON")]
    public static partial void MalformedFrame(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(1017, LogLevel.Warning, "Shard {ShardId}: skipped dispatch {EventName} #{Sequence}, whose data did not parse")]
    public static partial void DispatchParseFailed(ILogger logger, int shardId, string eventName, int sequence, Exception exception);

    [LoggerMessage(1018, LogLevel.Error, "Shard {ShardId}: a handler of {EventName} #{Sequence} failed")]
    public static partial void HandlerFailed(ILogger logger, int shardId, string eventName, int sequence, Exception exception);

    [LoggerMessage(1019, LogLevel.Warning, "Shard {ShardId}: could not get the gateway URL from GET /gateway/bot")]
    public static partial void GatewayInfoFailed(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(1020, LogLevel.Information, "Gateway at {GatewayUrl}: {RecommendedShards} shard(s) recommended, {Remaining} session start(s) left, max concurrency {MaxConcurrency}")]
    public static partial void GatewayInfo(ILogger logger, string gatewayUrl, int recommendedShards, int remaining, int maxConcurrency);

    [LoggerMessage(1021, LogLevel.Information, "Shard {ShardId}: closed cleanly (1000)")]
    public static partial void Stopped(ILogger logger, int shardId);

    [LoggerMessage(1022, LogLevel.Warning, "Shard {ShardId}: the connection dropped without a close code")]
    public static partial void Dropped(ILogger logger, int shardId);

    [LoggerMessage(1024, LogLevel.Error, "Shard {ShardId}: the connection failed unexpectedly; reconnecting")]
    public static partial void ConnectionFailed(ILogger logger, int shardId, Exception exception);

    [LoggerMessage(1025, LogLevel.Warning, "Shard {ShardId}: the resume host cannot be reached; starting a new session on the gateway URL")]
    public static partial void ResumeHostUnreachable(ILogger logger, int shardId);

    [LoggerMessage(1026, LogLevel.Warning, "Shard {ShardId}: {FailedResumes} resume attempt(s) in a row were refused; starting a new session")]
    public static partial void ResumeGivenUp(ILogger logger, int shardId, int failedResumes);

    [LoggerMessage(1023, LogLevel.Information, "Starting {ShardCount} shard(s) of {TotalShards}: {FirstShard}..{LastShard}")]
    public static partial void StartingShards(ILogger logger, int shardCount, int totalShards, int firstShard, int lastShard);
}
