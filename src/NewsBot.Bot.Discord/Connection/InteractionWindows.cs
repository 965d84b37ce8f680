using Discord;

namespace NewsBot.Bot.Discord.Connection;

/// <summary>
/// How long Discord accepts answers to an interaction, counted from its creation: the time in its snowflake id
/// (docs/reference.mdx, "Snowflakes"), not from when the bot received or answered it. Discord's docs
/// (interactions/receiving-and-responding.mdx, "Responding to an Interaction"): "Interaction tokens are valid for 15
/// minutes ... but you must send an initial response within 3 seconds of receiving the event. If the 3 second deadline
/// is exceeded, the token will be invalidated."
/// </summary>
public static class InteractionWindows
{
    /// <summary>The initial response (the callback) must come within this of the interaction's creation.</summary>
    public static readonly TimeSpan Acknowledgement = TimeSpan.FromSeconds(3);

    /// <summary>Edits of the original response and follow-ups are accepted for this long after the interaction's creation.</summary>
    public static readonly TimeSpan TokenLifetime = InteractionTokens.Lifetime;

    /// <summary>When the interaction with <paramref name="interactionId"/> was created.</summary>
    public static DateTimeOffset CreatedAt(ulong interactionId) => SnowflakeUtils.FromSnowflake(interactionId);

    /// <summary>The last moment a callback to the interaction is accepted.</summary>
    public static DateTimeOffset AcknowledgeBy(ulong interactionId) => CreatedAt(interactionId) + Acknowledgement;

    /// <summary>When the interaction's token stops working (Discord then answers 401, 50027 Invalid Webhook Token).</summary>
    public static DateTimeOffset TokenExpiresAt(ulong interactionId) => CreatedAt(interactionId) + TokenLifetime;
}
