using NewsBot.Bot.Discord;
using NewsBot.Bot.Rendering;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// How the bot answers one interaction, remembering what was already sent: whether it was acknowledged and how, so
/// an apology after a failure takes the form Discord still accepts (never a dead interaction).
/// </summary>
public sealed class InteractionReply(Interaction interaction, IInteractionResponder responder)
{
    /// <summary>What a member sees when handling their interaction failed.</summary>
    public const string Apology = "Sorry, something went wrong on my side while handling that. Please try again in a moment.";

    /// <summary>The interaction being answered.</summary>
    public Interaction Interaction { get; } = interaction ?? throw new ArgumentNullException(nameof(interaction));

    /// <summary>The user who triggered it (the asker).</summary>
    public ulong UserId => Interaction.Invoker?.Id.Value ?? 0;

    /// <summary>True once the first response went out.</summary>
    public bool Responded { get; private set; }

    /// <summary>True when the first response was a deferral whose original message is still to be edited in.</summary>
    public bool Deferred { get; private set; }

    /// <summary>Sends the first response.</summary>
    public async Task RespondAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        await responder.RespondAsync(Interaction, response, cancellationToken).ConfigureAwait(false);
        Responded = true;
        Deferred = response.Type == InteractionCallbackType.DeferredChannelMessageWithSource;
    }

    /// <summary>Acknowledges at once ("thinking…"); the reply is edited in later with <see cref="EditAsync"/>.</summary>
    public Task DeferAsync(bool ephemeral, CancellationToken cancellationToken)
        => RespondAsync(InteractionResponse.Deferred(ephemeral), cancellationToken);

    /// <summary>Replies at once with a note only the member sees.</summary>
    public Task EphemeralAsync(string text, CancellationToken cancellationToken)
        => RespondAsync(InteractionResponse.Message(Note(text)), cancellationToken);

    /// <summary>Edits the original response in (after <see cref="DeferAsync"/>).</summary>
    public async Task EditAsync(MessagePayload message, CancellationToken cancellationToken)
    {
        await responder.EditOriginalAsync(Interaction, message, cancellationToken).ConfigureAwait(false);
        Deferred = false;
    }

    /// <summary>Replaces a public "thinking…" with a note only the member sees: the original is deleted and an ephemeral follow-up sent.</summary>
    public async Task ReplaceWithEphemeralAsync(string text, CancellationToken cancellationToken)
    {
        await responder.DeleteOriginalAsync(Interaction, cancellationToken).ConfigureAwait(false);
        Deferred = false;
        await responder.FollowUpAsync(Interaction, Note(text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a follow-up only the member sees.</summary>
    public Task FollowUpEphemeralAsync(string text, CancellationToken cancellationToken)
        => responder.FollowUpAsync(Interaction, Note(text), cancellationToken);

    /// <summary>Tells the member handling failed, in whatever form is still possible.</summary>
    public Task ApologizeAsync(CancellationToken cancellationToken)
    {
        if (!Responded)
        {
            return EphemeralAsync(Apology, cancellationToken);
        }

        return Deferred
            ? EditAsync(new MessagePayload { Content = Apology, Embeds = [], Components = [] }, cancellationToken)
            : FollowUpEphemeralAsync(Apology, cancellationToken);
    }

    /// <summary>A short ephemeral text message.</summary>
    public static MessagePayload Note(string text) => new()
    {
        Content = TextCut.AtWord(text, DiscordLimits.MessageContent),
        Flags = MessageFlags.Ephemeral,
    };
}
