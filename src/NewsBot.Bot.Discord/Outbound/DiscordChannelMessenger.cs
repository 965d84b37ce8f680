using Discord;
using NewsBot.Bot.Discord.Connection;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>Replies to mentions and edits those replies, in the channels the client has seen (or fetched), mentioning nobody.</summary>
public sealed class DiscordChannelMessenger(DiscordConnection connection) : IChannelMessenger
{
    public async Task<ulong> ReplyToAsync(MentionRequest mention, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var channel = await ChannelAsync(mention.ChannelId, cancellationToken).ConfigureAwait(false);
        var sent = await channel.SendMessageAsync(
            reply.Text,
            embeds: DiscordReplies.Embeds(reply),
            allowedMentions: DiscordReplies.Nobody,
            messageReference: new MessageReference(mention.MessageId, mention.ChannelId, mention.Asker.GuildId, failIfNotExists: false),
            components: DiscordReplies.Components(reply),
            options: new RequestOptions { CancelToken = cancellationToken }).ConfigureAwait(false);
        return sent.Id;
    }

    public async Task EditAsync(ulong channelId, ulong messageId, Reply reply, CancellationToken cancellationToken)
    {
        var channel = await ChannelAsync(channelId, cancellationToken).ConfigureAwait(false);
        await channel.ModifyMessageAsync(messageId, message => DiscordReplies.Apply(message, reply), new RequestOptions { CancelToken = cancellationToken })
            .ConfigureAwait(false);
    }

    // A mention only reaches the bot through a channel the client has cached; a REST read covers one it has since forgotten.
    private async Task<IMessageChannel> ChannelAsync(ulong channelId, CancellationToken cancellationToken)
        => connection.Client.GetChannel(channelId) as IMessageChannel
            ?? await connection.Client.Rest.GetChannelAsync(channelId, new RequestOptions { CancelToken = cancellationToken }).ConfigureAwait(false) as IMessageChannel
            ?? throw new InvalidOperationException($"Channel {channelId} is not a channel the bot can write in.");
}
