using Discord;
using NewsBot.Bot.Discord.Connection;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>The request options of a response that must reach Discord before a window of the interaction closes.</summary>
internal static class InteractionDeadline
{
    /// <summary>
    /// Options whose timeout is the time left until <paramref name="deadline"/>, so a rate-limit wait can never make the
    /// request arrive late; throws <see cref="InteractionWindowClosedException"/> when the window has already closed.
    /// </summary>
    public static RequestOptions Until(ulong interactionId, DateTimeOffset deadline, DateTimeOffset now, string window, CancellationToken cancellationToken)
    {
        var left = deadline - now;
        if (left <= TimeSpan.Zero)
        {
            throw new InteractionWindowClosedException(
                $"Not sent: interaction {interactionId}'s {window} ended {Math.Round(-left.TotalSeconds, 1)} s ago, so Discord would refuse it.");
        }

        return new RequestOptions { Timeout = (int)Math.Ceiling(left.TotalMilliseconds), CancelToken = cancellationToken };
    }
}
