using System.Globalization;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The client did not send a request because it could only arrive after its deadline: an interaction callback
/// whose 3 seconds (counted from the interaction's snowflake) have passed, or would pass while a rate limit is
/// waited out (a 429's <c>retry_after</c>, or an empty bucket). Discord would refuse it as 10062 Unknown interaction,
/// so it fails at once instead. A timeout, as Discord.Net's <c>RateLimitedException</c> is for a request whose
/// bucket resets after its timeout (<c>RequestQueueBucket.cs</c>, <c>EnterAsync</c>).
/// </summary>
public sealed class DiscordDeadlineException : TimeoutException
{
    public DiscordDeadlineException(string route, DateTimeOffset deadline, DateTimeOffset? waitEndsAt)
        : base(Describe(route, deadline, waitEndsAt))
    {
        Route = route;
        Deadline = deadline;
        WaitEndsAt = waitEndsAt;
    }

    /// <summary>The route template, e.g. <c>POST /interactions/{interaction_id}/{interaction_token}/callback</c>.</summary>
    public string Route { get; }

    /// <summary>The last moment Discord accepts the request.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>When the rate-limit wait would have ended; null when the deadline had already passed.</summary>
    public DateTimeOffset? WaitEndsAt { get; }

    private static string Describe(string route, DateTimeOffset deadline, DateTimeOffset? waitEndsAt)
    {
        var due = deadline.UtcDateTime.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        var why = waitEndsAt is { } end
            ? $"Discord's rate limit says to wait until {end.UtcDateTime.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} UTC"
            : "that time has passed";
        return $"Discord REST {route} was not sent: it was due by {due} UTC, and {why}; Discord would only refuse it (10062 Unknown interaction).";
    }
}
