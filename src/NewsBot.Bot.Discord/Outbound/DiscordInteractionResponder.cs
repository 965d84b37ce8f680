using NewsBot.Bot.Conversation;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>Answers one Discord interaction for the bot: each response as the interaction callback or webhook call Discord expects.</summary>
public sealed class DiscordInteractionResponder(DiscordRestClient client, Interaction interaction) : IInteractionResponder
{
    public Task ReplyAsync(Reply reply, CancellationToken cancellationToken)
        => client.RespondAsync(interaction, InteractionResponse.Message(DiscordPayloads.Message(reply)), cancellationToken);

    public Task DeferAsync(bool isPrivate, CancellationToken cancellationToken)
        => client.RespondAsync(interaction, InteractionResponse.Deferred(isPrivate), cancellationToken);

    public Task UpdateClickedAsync(Reply reply, CancellationToken cancellationToken)
        => client.RespondAsync(interaction, InteractionResponse.UpdateMessage(DiscordPayloads.Message(reply)), cancellationToken);

    public Task SuggestAsync(IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
        => client.RespondAsync(interaction, InteractionResponse.Autocomplete(DiscordPayloads.Choices(suggestions)), cancellationToken);

    public Task EditOriginalAsync(Reply reply, CancellationToken cancellationToken)
        => client.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, DiscordPayloads.Message(reply), cancellationToken);

    public Task DeleteOriginalAsync(CancellationToken cancellationToken)
        => client.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken);

    public Task FollowUpAsync(Reply reply, CancellationToken cancellationToken)
        => client.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, DiscordPayloads.Message(reply), cancellationToken);
}
