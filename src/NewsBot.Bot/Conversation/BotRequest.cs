namespace NewsBot.Bot.Conversation;

/// <summary>Something a member did that the bot answers through an <see cref="IInteractionResponder"/>: a command, a half-typed option, a click.</summary>
/// <param name="Asker">Who did it.</param>
public abstract record BotRequest(Asker Asker)
{
    /// <summary>
    /// When the chat platform created the request (Discord: the time in the interaction's id). The request's reply
    /// can be edited and followed up for <see cref="InteractionTokens.Lifetime"/> from then, not from when the bot
    /// answered. Null when the adapter does not know; the bot then counts from when it handles the request.
    /// </summary>
    public DateTimeOffset? CreatedAt { get; init; }
}

/// <summary>A command with the arguments the member filled in.</summary>
/// <param name="Asker">Who ran it.</param>
/// <param name="Command">The command's name, e.g. <c>ask</c>.</param>
/// <param name="Arguments">The filled-in options.</param>
public sealed record CommandRequest(Asker Asker, string Command, CommandArguments Arguments) : BotRequest(Asker);

/// <summary>A member typing into an option that offers suggestions.</summary>
/// <param name="Asker">Who is typing.</param>
/// <param name="Command">The command being filled in.</param>
/// <param name="Option">The option being typed into.</param>
/// <param name="Typed">What has been typed so far.</param>
public sealed record SuggestionRequest(Asker Asker, string Command, string Option, string Typed) : BotRequest(Asker);

/// <summary>A click on one of the bot's buttons.</summary>
/// <param name="Asker">Who clicked.</param>
/// <param name="ButtonId">The id the bot gave the button (<see cref="ReplyButton.Id"/>).</param>
public sealed record ButtonClick(Asker Asker, string ButtonId) : BotRequest(Asker);
