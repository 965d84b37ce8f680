using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord;

/// <summary>
/// The bot's side of the seam to the Discord client for interactions: the first response and the later edits.
/// Handlers see only this, so they are tested with a recording fake and a real library could replace the client.
/// </summary>
public interface IInteractionResponder
{
    /// <summary>The first response to an interaction (within Discord's 3-second deadline).</summary>
    Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>Edits the original response; finishes a deferred response.</summary>
    Task EditOriginalAsync(Interaction interaction, MessagePayload message, CancellationToken cancellationToken);

    /// <summary>Deletes the original response (used to turn a public "thinking…" into an ephemeral note).</summary>
    Task DeleteOriginalAsync(Interaction interaction, CancellationToken cancellationToken);

    /// <summary>Sends a follow-up message to an interaction.</summary>
    Task FollowUpAsync(Interaction interaction, MessagePayload message, CancellationToken cancellationToken);
}
