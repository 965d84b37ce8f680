using Microsoft.Extensions.Logging;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Discord;
using NewsBot.Bot.Rendering;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// Sends each interaction to its handler, and turns any exception inside a handler into a logged error and a short
/// apology to the member, in whatever form the interaction still accepts.
/// </summary>
public sealed class InteractionRouter(
    IInteractionResponder responder,
    AskHandler ask,
    RecentHandler recent,
    SourcesHandler sources,
    ReindexHandler reindex,
    PageButtonHandler pages,
    AutocompleteHandler autocomplete,
    ILogger<InteractionRouter> logger)
{
    /// <summary>Told to members while the bot shuts down.</summary>
    public const string Restarting = "NewsBot is restarting; please try again in a minute.";

    /// <summary>Handles one interaction to the end (for <c>/reindex</c>, until the reindex has finished).</summary>
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var reply = new InteractionReply(interaction, responder);
        try
        {
            await RouteAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            Log.HandlerFailed(logger, exception, interaction.Type.ToString(), interaction.Data?.Name ?? interaction.Data?.CustomId ?? "?");
            await ApologizeAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Answers an interaction that arrives while the bot shuts down.</summary>
    public Task RefuseAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var reply = new InteractionReply(interaction, responder);
        return interaction.Type == InteractionType.ApplicationCommandAutocomplete
            ? reply.RespondAsync(InteractionResponse.Autocomplete([]), cancellationToken)
            : reply.EphemeralAsync(Restarting, cancellationToken);
    }

    private Task RouteAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        var interaction = reply.Interaction;
        return interaction.Type switch
        {
            InteractionType.Ping => reply.RespondAsync(InteractionResponse.Pong(), cancellationToken),
            InteractionType.MessageComponent => pages.HandleAsync(reply, cancellationToken),
            InteractionType.ApplicationCommandAutocomplete => autocomplete.HandleAsync(reply, cancellationToken),
            InteractionType.ApplicationCommand => interaction.Data?.Name switch
            {
                BotCommands.Ask => ask.HandleAsync(reply, cancellationToken),
                BotCommands.Recent => recent.HandleAsync(reply, cancellationToken),
                BotCommands.Sources => sources.HandleAsync(reply, cancellationToken),
                BotCommands.Help => reply.RespondAsync(InteractionResponse.Message(HelpRenderer.Render()), cancellationToken),
                BotCommands.Reindex => reindex.HandleAsync(reply, cancellationToken),
                _ => reply.EphemeralAsync("I don't know that command; it may have been removed. Try /help.", cancellationToken),
            },
            _ => Task.CompletedTask,
        };
    }

    private async Task ApologizeAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        try
        {
            if (reply.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
            {
                if (!reply.Responded)
                {
                    await reply.RespondAsync(InteractionResponse.Autocomplete([]), cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                await reply.ApologizeAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ApologyFailed(logger, exception, reply.Interaction.Type.ToString());
        }
    }
}
