using System.Net;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The client did not send the request, because Discord would refuse it: the channel refused the bot with 403 a
/// short while ago, or so many requests were refused lately that more would bring a ban (Discord's invalid request
/// limit). <see cref="DiscordRestException.StatusCode"/> is the refusal it stands for (403, or 429 for the budget).
/// </summary>
public sealed class DiscordRequestWithheldException : DiscordRestException
{
    public DiscordRequestWithheldException(string route, HttpStatusCode status, DiscordError error, TimeSpan retryAfter)
        : base(route, status, error)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long until requests like this one are sent again.</summary>
    public TimeSpan RetryAfter { get; }
}
