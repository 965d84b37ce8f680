namespace NewsBot.Bot.Discord.Connection;

/// <summary>
/// A response to an interaction that was not sent because Discord could only refuse it: its window (3 seconds for the
/// first response, 15 minutes for edits and follow-ups) had closed, or would have closed during a rate-limit wait.
/// </summary>
public sealed class InteractionWindowClosedException(string message) : Exception(message);
