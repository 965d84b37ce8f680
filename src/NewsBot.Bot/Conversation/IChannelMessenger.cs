namespace NewsBot.Bot.Conversation;

/// <summary>The bot's side of plain channel messages: replies to mentions.</summary>
public interface IChannelMessenger
{
    /// <summary>Sends <paramref name="reply"/> as a reply to the mentioning message; returns the new message's id.</summary>
    Task<ulong> ReplyToAsync(MentionRequest mention, Reply reply, CancellationToken cancellationToken);

    /// <summary>Edits a message the bot sent (only the parts set change).</summary>
    Task EditAsync(ulong channelId, ulong messageId, Reply reply, CancellationToken cancellationToken);
}
