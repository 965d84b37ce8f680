using NewsBot.Bot.Conversation;

namespace NewsBot.Bot;

/// <summary>
/// The chat platform's rule for answering a request later that the bot's paging and long replies depend on. Discord:
/// an interaction token lives 15 minutes from the interaction's creation (interactions/receiving-and-responding.mdx,
/// "Responding to an Interaction": "Interaction tokens are valid for 15 minutes").
/// </summary>
public static class InteractionTokens
{
    /// <summary>How long a request can still be edited and followed up, counted from its creation.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// When <paramref name="request"/>'s reply can no longer be edited: <see cref="Lifetime"/> after its creation,
    /// or after <paramref name="now"/> when its creation is not known.
    /// </summary>
    public static DateTimeOffset ExpiresAt(BotRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (request.CreatedAt ?? now) + Lifetime;
    }
}
