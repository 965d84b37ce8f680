using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Discord;

/// <summary>Log messages of the Discord adapter.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4101, EventName = "Ready", Level = LogLevel.Information, Message = "Shard {ShardId} ready as user {UserId}")]
    public static partial void Ready(ILogger logger, int shardId, ulong userId);

    [LoggerMessage(EventId = 4102, EventName = "CommandsRegistered", Level = LogLevel.Information, Message = "Registered {Count} slash commands {Scope}")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 4103, EventName = "CommandRegistrationFailed", Level = LogLevel.Error, Message = "Registering the slash commands {Scope} failed")]
    public static partial void CommandRegistrationFailed(ILogger logger, Exception exception, string scope);

    [LoggerMessage(EventId = 4104, EventName = "MentionLeftUnanswered", Level = LogLevel.Information, Message = "A mention in channel {ChannelId} was left unanswered: the bot is busy or shutting down")]
    public static partial void MentionLeftUnanswered(ILogger logger, ulong channelId);

    [LoggerMessage(EventId = 4105, EventName = "InteractionTooLate", Level = LogLevel.Warning,
        Message = "Interaction {InteractionId} ({Type}) arrived {AgeSeconds} s after its creation, past Discord's 3-second window to answer it (replayed after a resume, or delivered late); it is not answered, since Discord would refuse the callback. If every interaction is reported so, check the host's clock")]
    public static partial void InteractionTooLate(ILogger logger, ulong interactionId, string type, double ageSeconds);

    [LoggerMessage(EventId = 4106, EventName = "ResumeHostDead", Level = LogLevel.Warning,
        Message = "The resume host {Host} could not be reached {Failures} times in a row; starting a new session on the gateway URL instead")]
    public static partial void ResumeHostDead(ILogger logger, string host, int failures);

    [LoggerMessage(EventId = 4107, EventName = "CommandsLeftToShardZero", Level = LogLevel.Information,
        Message = "Slash commands are registered by the process that runs shard 0; this one runs shards {ShardIds}")]
    public static partial void CommandsLeftToShardZero(ILogger logger, string shardIds);

    [LoggerMessage(EventId = 4108, EventName = "GuildSyncSlow", Level = LogLevel.Warning,
        Message = "Guild {GuildId} was not marked synced within {Seconds} s of its GUILD_CREATE; a mention in it may be dropped by the library until it is")]
    public static partial void GuildSyncSlow(ILogger logger, ulong guildId, double seconds);

    [LoggerMessage(EventId = 4109, EventName = "RefusalFailed", Level = LogLevel.Warning, Message = "Telling a member the bot is busy or restarting failed")]
    public static partial void RefusalFailed(ILogger logger, Exception exception);
}
