using Discord;
using Discord.WebSocket;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Connection;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>
/// Answers one Discord interaction for the bot through Discord.Net, inside Discord's windows: the first response only
/// until 3 seconds after the interaction's creation, edits and follow-ups only until its token's 15 minutes end. A
/// response outside its window is not sent (<see cref="InteractionWindowClosedException"/>), and each request is
/// given the time left as its timeout, so a rate-limit wait can never make it arrive late.
/// </summary>
public sealed class DiscordInteractionResponder(SocketInteraction interaction, TimeProvider time) : IInteractionResponder
{
    public Task ReplyAsync(Reply reply, CancellationToken cancellationToken)
        => interaction.RespondAsync(
            reply.Text,
            DiscordReplies.Embeds(reply),
            ephemeral: reply.Private,
            allowedMentions: DiscordReplies.Nobody,
            components: DiscordReplies.Components(reply),
            options: FirstResponse(cancellationToken));

    public Task DeferAsync(bool isPrivate, CancellationToken cancellationToken)
        => interaction.DeferAsync(isPrivate, FirstResponse(cancellationToken));

    public Task UpdateClickedAsync(Reply reply, CancellationToken cancellationToken)
        => interaction is SocketMessageComponent click
            ? click.UpdateAsync(message => DiscordReplies.Apply(message, reply), FirstResponse(cancellationToken))
            : throw new InvalidOperationException($"Only a click can update the clicked message; this is a {interaction.Type} interaction.");

    public Task SuggestAsync(IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
        => interaction is SocketAutocompleteInteraction typing
            ? typing.RespondAsync(DiscordReplies.Choices(suggestions), FirstResponse(cancellationToken))
            : throw new InvalidOperationException($"Only autocomplete can be answered with suggestions; this is a {interaction.Type} interaction.");

    public Task EditOriginalAsync(Reply reply, CancellationToken cancellationToken)
        => interaction.ModifyOriginalResponseAsync(message => DiscordReplies.Apply(message, reply), WithinToken(cancellationToken));

    public Task DeleteOriginalAsync(CancellationToken cancellationToken)
        => interaction.DeleteOriginalResponseAsync(WithinToken(cancellationToken));

    public Task FollowUpAsync(Reply reply, CancellationToken cancellationToken)
        => interaction.FollowupAsync(
            reply.Text,
            DiscordReplies.Embeds(reply),
            ephemeral: reply.Private,
            allowedMentions: DiscordReplies.Nobody,
            components: DiscordReplies.Components(reply),
            options: WithinToken(cancellationToken));

    private RequestOptions FirstResponse(CancellationToken cancellationToken)
        => Until(InteractionWindows.AcknowledgeBy(interaction.Id), "3-second window for the first response", cancellationToken);

    private RequestOptions WithinToken(CancellationToken cancellationToken)
        => Until(InteractionWindows.TokenExpiresAt(interaction.Id), "token's 15 minutes", cancellationToken);

    private RequestOptions Until(DateTimeOffset deadline, string window, CancellationToken cancellationToken)
        => InteractionDeadline.Until(interaction.Id, deadline, time.GetUtcNow(), window, cancellationToken);
}
