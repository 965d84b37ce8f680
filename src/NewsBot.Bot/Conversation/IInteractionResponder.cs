namespace NewsBot.Bot.Conversation;

/// <summary>
/// How the bot answers one request: a first response (within the platform's deadline), then edits and follow-ups.
/// The adapter creates one per request; handlers see only this, so they are tested with a recording fake.
/// </summary>
public interface IInteractionResponder
{
    /// <summary>First response: a reply at once.</summary>
    Task ReplyAsync(Reply reply, CancellationToken cancellationToken);

    /// <summary>First response: "thinking…", to be finished by <see cref="EditOriginalAsync"/>.</summary>
    Task DeferAsync(bool isPrivate, CancellationToken cancellationToken);

    /// <summary>First response to a click: changes the reply the clicked button is on.</summary>
    Task UpdateClickedAsync(Reply reply, CancellationToken cancellationToken);

    /// <summary>First response to a <see cref="SuggestionRequest"/>: the suggestions, best first.</summary>
    Task SuggestAsync(IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken);

    /// <summary>Edits the original response; finishes a deferred one.</summary>
    Task EditOriginalAsync(Reply reply, CancellationToken cancellationToken);

    /// <summary>Deletes the original response (to turn a public "thinking…" into a private note).</summary>
    Task DeleteOriginalAsync(CancellationToken cancellationToken);

    /// <summary>Sends a further message after the first response.</summary>
    Task FollowUpAsync(Reply reply, CancellationToken cancellationToken);
}
