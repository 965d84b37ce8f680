using Microsoft.Extensions.Logging;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Runtime;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// Sends each request to its handler, and turns any exception inside a handler into a logged error and a short
/// apology to the member, in whatever form the request still accepts.
/// </summary>
public sealed class InteractionRouter(
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

    /// <summary>Told to members while <c>Bot:MaxWorkInFlight</c> answers are already being worked on.</summary>
    public const string Busy = "NewsBot is busy answering other questions right now; please try again in a few seconds.";

    /// <summary>Told for a command the bot no longer has.</summary>
    public const string UnknownCommand = "I don't know that command; it may have been removed. Try /help.";

    /// <summary>Handles one request to the end (for <c>/reindex</c>, until the reindex has finished).</summary>
    public async Task HandleAsync(BotRequest request, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        var reply = new InteractionReply(request, responder);
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
            Log.HandlerFailed(logger, exception, Kind(request), Name(request));
            try
            {
                await reply.ApologizeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception apologyFailure) when (apologyFailure is not OperationCanceledException)
            {
                Log.ApologyFailed(logger, apologyFailure, Kind(request));
            }
        }
    }

    /// <summary>Answers a request the bot's background work refused (<paramref name="why"/>: busy, or shutting down).</summary>
    public Task RefuseAsync(BotRequest request, IInteractionResponder responder, WorkAdmission why, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = new InteractionReply(request, responder);
        return request is SuggestionRequest
            ? reply.SuggestAsync([], cancellationToken)
            : reply.EphemeralAsync(why == WorkAdmission.Busy ? Busy : Restarting, cancellationToken);
    }

    private Task RouteAsync(InteractionReply reply, CancellationToken cancellationToken)
        => reply.Request switch
        {
            ButtonClick click => pages.HandleAsync(reply, click, cancellationToken),
            SuggestionRequest suggestion => autocomplete.HandleAsync(reply, suggestion, cancellationToken),
            CommandRequest command => command.Command switch
            {
                BotCommands.Ask => ask.HandleAsync(reply, command.Arguments, cancellationToken),
                BotCommands.Recent => recent.HandleAsync(reply, command.Arguments, cancellationToken),
                BotCommands.Sources => sources.HandleAsync(reply, cancellationToken),
                BotCommands.Help => reply.ReplyAsync(HelpRenderer.Render(), cancellationToken),
                BotCommands.Reindex => reindex.HandleAsync(reply, command.Arguments, cancellationToken),
                _ => reply.EphemeralAsync(UnknownCommand, cancellationToken),
            },
            _ => Task.CompletedTask,
        };

    private static string Kind(BotRequest request) => request switch
    {
        ButtonClick => "button click",
        SuggestionRequest => "autocomplete",
        _ => "command",
    };

    private static string Name(BotRequest request) => request switch
    {
        ButtonClick click => click.ButtonId,
        SuggestionRequest suggestion => suggestion.Command,
        CommandRequest command => command.Command,
        _ => "?",
    };
}
