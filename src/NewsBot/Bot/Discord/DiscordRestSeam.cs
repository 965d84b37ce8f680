using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Discord;

/// <summary>The seam's implementation over <see cref="DiscordRestClient"/>: the only bot type that calls the client.</summary>
public sealed class DiscordRestSeam(IServiceProvider services) : IInteractionResponder, IChannelMessenger, ICommandRegistrar
{
    // The REST client is a typed HttpClient (transient); resolving it per call lets the factory rotate its handler
    // instead of this singleton pinning one connection pool for the life of the bot.
    private DiscordRestClient Client => services.GetRequiredService<DiscordRestClient>();

    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
        => Client.RespondAsync(interaction, response, cancellationToken);

    public Task EditOriginalAsync(Interaction interaction, MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Client.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
    }

    public Task DeleteOriginalAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Client.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken);
    }

    public Task FollowUpAsync(Interaction interaction, MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Client.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
    }

    public async Task<Snowflake> SendAsync(Snowflake channelId, MessagePayload message, CancellationToken cancellationToken)
        => (await Client.CreateMessageAsync(channelId, message, cancellationToken).ConfigureAwait(false)).Id;

    public Task EditAsync(Snowflake channelId, Snowflake messageId, MessagePayload message, CancellationToken cancellationToken)
        => Client.EditMessageAsync(channelId, messageId, message, cancellationToken);

    public Task OverwriteAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
        => guildId is { } guild
            ? Client.OverwriteGuildCommandsAsync(applicationId, guild, commands, cancellationToken)
            : Client.OverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken);
}
