using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// How long Discord accepts answers to an interaction, counted from its creation: the time in its snowflake id
/// (docs/reference.mdx, "Snowflakes": milliseconds since the Discord epoch 1420070400000 in the top 42 bits), not
/// from when the bot received or answered it. Discord's docs (interactions/receiving-and-responding.mdx, "Responding
/// to an Interaction"): "Interaction tokens are valid for 15 minutes ... but you must send an initial response within
/// 3 seconds of receiving the event. If the 3 second deadline is exceeded, the token will be invalidated."
/// </summary>
public static class InteractionDeadlines
{
    /// <summary>The initial response (the callback) must come within this of the interaction's creation.</summary>
    public static readonly TimeSpan AcknowledgementWindow = TimeSpan.FromSeconds(3);

    /// <summary>Edits of the original response and follow-ups are accepted for this long after the interaction's creation.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>The last moment a callback to interaction <paramref name="interactionId"/> is accepted.</summary>
    public static DateTimeOffset AcknowledgeBy(Snowflake interactionId) => interactionId.CreatedAt + AcknowledgementWindow;

    /// <summary>When the interaction's token stops working (Discord then answers 401, 50027 Invalid Webhook Token).</summary>
    public static DateTimeOffset TokenExpiresAt(Snowflake interactionId) => interactionId.CreatedAt + TokenLifetime;

    /// <summary>
    /// True when a callback sent at <paramref name="now"/> can only fail (404, 10062 Unknown interaction): an
    /// interaction replayed after a resume, or delivered late, whose 3 seconds have passed.
    /// </summary>
    public static bool IsPastAcknowledgement(Snowflake interactionId, DateTimeOffset now) => now > AcknowledgeBy(interactionId);
}
