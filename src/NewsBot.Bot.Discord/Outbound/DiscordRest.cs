using NewsBot.Bot.Conversation;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>
/// The adapter's one way into Discord's REST API: replies to mentions, command registration, and a responder per
/// interaction. It holds the one <see cref="DiscordRestClient"/> that <c>AddDiscordClient</c> registers, a singleton
/// over <see cref="IHttpClientFactory"/> (whose rotated handlers still follow DNS changes).
/// </summary>
public sealed class DiscordRest(DiscordRestClient client) : IChannelMessenger, ICommandRegistrar
{
    /// <summary>The responder that answers <paramref name="interaction"/>.</summary>
    public IInteractionResponder For(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return new DiscordInteractionResponder(client, interaction);
    }

    /// <summary>Answers a ping (sent only to HTTP interaction endpoints; answered so all the same).</summary>
    public Task PongAsync(Interaction interaction, CancellationToken cancellationToken)
        => client.RespondAsync(interaction, InteractionResponse.Pong(), cancellationToken);

    public async Task<ulong> ReplyToAsync(MentionRequest mention, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var channel = new Snowflake(mention.ChannelId);
        var message = DiscordPayloads.Message(reply) with
        {
            MessageReference = new MessageReference(new Snowflake(mention.MessageId))
            {
                ChannelId = channel,
                GuildId = mention.Asker.GuildId is { } guild ? new Snowflake(guild) : null,
                FailIfNotExists = false,
            },
        };
        return (await client.CreateMessageAsync(channel, message, cancellationToken).ConfigureAwait(false)).Id.Value;
    }

    public Task EditAsync(ulong channelId, ulong messageId, Reply reply, CancellationToken cancellationToken)
        => client.EditMessageAsync(new Snowflake(channelId), new Snowflake(messageId), DiscordPayloads.Message(reply), cancellationToken);

    public Task OverwriteAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
        => guildId is { } guild
            ? client.OverwriteGuildCommandsAsync(applicationId, guild, commands, cancellationToken)
            : client.OverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken);
}
