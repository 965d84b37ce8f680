using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// The one per-member limit on queries (<c>/ask</c>, <c>/recent</c>, <c>/sources</c> and mentions share it), so a
/// member cannot flood a channel or the engine by switching commands.
/// </summary>
public sealed class QueryCooldown(CooldownTracker cooldown, ILogger<QueryCooldown> logger)
{
    /// <summary>
    /// Accepts the member's query, or tells them privately how long to wait and returns false.
    /// </summary>
    public async Task<bool> AdmitAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (cooldown.TryAccept(reply.UserId, out var retryAfter))
        {
            return true;
        }

        Log.CoolingDown(logger, reply.UserId, retryAfter.TotalSeconds);
        await reply.EphemeralAsync(Note(retryAfter), cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>
    /// Accepts a mention, or returns false without any reply: a mention has no private channel back, and a public
    /// "slow down" would add the very noise the cooldown is there to prevent.
    /// </summary>
    public bool Admit(MentionRequest mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (cooldown.TryAccept(mention.Asker.UserId, out var retryAfter))
        {
            return true;
        }

        Log.CoolingDown(logger, mention.Asker.UserId, retryAfter.TotalSeconds);
        return false;
    }

    /// <summary>The polite answer to a member asking again too soon.</summary>
    public static string Note(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture, $"You're asking quickly! Please wait {seconds} more second{(seconds == 1 ? string.Empty : "s")} before your next question.");
    }
}
