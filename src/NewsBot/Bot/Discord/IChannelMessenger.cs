using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord;

/// <summary>The bot's side of the seam for plain channel messages: replies to mentions.</summary>
public interface IChannelMessenger
{
    /// <summary>Sends a message to a channel (a reply when <see cref="MessagePayload.MessageReference"/> is set); returns its id.</summary>
    Task<Snowflake> SendAsync(Snowflake channelId, MessagePayload message, CancellationToken cancellationToken);

    /// <summary>Edits a message the bot sent (only the fields set change).</summary>
    Task EditAsync(Snowflake channelId, Snowflake messageId, MessagePayload message, CancellationToken cancellationToken);
}
