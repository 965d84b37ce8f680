using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// How the bot answers one request, remembering what was already sent: whether it was acknowledged and how, so
/// an apology after a failure takes the form the platform still accepts (never a dead interaction).
/// </summary>
public sealed class InteractionReply(BotRequest request, IInteractionResponder responder)
{
    /// <summary>What a member sees when handling their request failed.</summary>
    public const string Apology = "Sorry, something went wrong on my side while handling that. Please try again in a moment.";

    /// <summary>The request being answered.</summary>
    public BotRequest Request { get; } = request ?? throw new ArgumentNullException(nameof(request));

    /// <summary>Who sent it (the asker).</summary>
    public Asker Asker => Request.Asker;

    /// <summary>The asker's user id.</summary>
    public ulong UserId => Request.Asker.UserId;

    /// <summary>True once the first response went out.</summary>
    public bool Responded { get; private set; }

    /// <summary>True when the first response was a deferral whose original message is still to be edited in.</summary>
    public bool Deferred { get; private set; }

    /// <summary>Replies at once.</summary>
    public Task ReplyAsync(Reply reply, CancellationToken cancellationToken)
        => FirstAsync(token => responder.ReplyAsync(reply, token), deferred: false, cancellationToken);

    /// <summary>Acknowledges at once ("thinking…"); the reply is edited in later with <see cref="EditAsync"/>.</summary>
    public Task DeferAsync(bool isPrivate, CancellationToken cancellationToken)
        => FirstAsync(token => responder.DeferAsync(isPrivate, token), deferred: true, cancellationToken);

    /// <summary>Changes the reply whose button was clicked.</summary>
    public Task UpdateClickedAsync(Reply reply, CancellationToken cancellationToken)
        => FirstAsync(token => responder.UpdateClickedAsync(reply, token), deferred: false, cancellationToken);

    /// <summary>Answers a half-typed option with suggestions.</summary>
    public Task SuggestAsync(IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken)
        => FirstAsync(token => responder.SuggestAsync(suggestions, token), deferred: false, cancellationToken);

    /// <summary>Replies at once with a note only the member sees.</summary>
    public Task EphemeralAsync(string text, CancellationToken cancellationToken) => ReplyAsync(Note(text), cancellationToken);

    /// <summary>Edits the original response in (after <see cref="DeferAsync"/>).</summary>
    public async Task EditAsync(Reply reply, CancellationToken cancellationToken)
    {
        await responder.EditOriginalAsync(reply, cancellationToken).ConfigureAwait(false);
        Deferred = false;
    }

    /// <summary>
    /// Sends a follow-up only the member sees. Not right after a deferral: Discord then makes the follow-up an edit of
    /// the deferred reply and ignores its ephemeral flag (interactions/receiving-and-responding.mdx, "Create Followup
    /// Message"), so a deferred reply is finished with <see cref="EditAsync"/>.
    /// </summary>
    public Task FollowUpEphemeralAsync(string text, CancellationToken cancellationToken)
        => responder.FollowUpAsync(Note(text), cancellationToken);

    /// <summary>Tells the member handling failed, in whatever form is still possible.</summary>
    public Task ApologizeAsync(CancellationToken cancellationToken)
    {
        if (Request is SuggestionRequest)
        {
            // Suggestions cannot carry a message; an empty list at least ends the member's wait.
            return Responded ? Task.CompletedTask : SuggestAsync([], cancellationToken);
        }

        if (!Responded)
        {
            return EphemeralAsync(Apology, cancellationToken);
        }

        return Deferred
            ? EditAsync(new Reply { Text = Apology, Cards = [], Buttons = [] }, cancellationToken)
            : FollowUpEphemeralAsync(Apology, cancellationToken);
    }

    /// <summary>A short private text reply.</summary>
    public static Reply Note(string text) => Reply.Note(TextCut.AtWord(text, ReplyLimits.Text), isPrivate: true);

    private async Task FirstAsync(Func<CancellationToken, Task> send, bool deferred, CancellationToken cancellationToken)
    {
        await send(cancellationToken).ConfigureAwait(false);
        Responded = true;
        Deferred = deferred;
    }
}
