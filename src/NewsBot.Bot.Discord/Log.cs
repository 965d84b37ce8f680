using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Discord;

/// <summary>Log messages of the Discord adapter: the bot's identity and its command registration.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4101, EventName = "Ready", Level = LogLevel.Information, Message = "Ready as user {UserId}, application {ApplicationId}")]
    public static partial void Ready(ILogger logger, ulong userId, ulong applicationId);

    [LoggerMessage(EventId = 4102, EventName = "CommandsRegistered", Level = LogLevel.Information, Message = "Registered {Count} slash commands {Scope}")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 4103, EventName = "CommandRegistrationFailed", Level = LogLevel.Error, Message = "Registering the slash commands {Scope} failed")]
    public static partial void CommandRegistrationFailed(ILogger logger, Exception exception, string scope);

    [LoggerMessage(EventId = 4104, EventName = "MentionLeftUnanswered", Level = LogLevel.Information, Message = "A mention in channel {ChannelId} was left unanswered: the bot is busy or shutting down")]
    public static partial void MentionLeftUnanswered(ILogger logger, ulong channelId);

    [LoggerMessage(EventId = 4105, EventName = "InteractionTooLate", Level = LogLevel.Warning,
        Message = "Interaction {InteractionId} ({Type}) arrived {AgeSeconds} s after its creation, past Discord's 3-second window to answer it (replayed after a resume, or delivered late); it is not answered, since Discord would refuse the callback. If every interaction is reported so, check the host's clock")]
    public static partial void InteractionTooLate(ILogger logger, ulong interactionId, string type, double ageSeconds);
}
