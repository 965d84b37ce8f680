using System.ComponentModel.DataAnnotations;

namespace NewsBot.Discord.Rest;

/// <summary>Retry and refusal behaviour of the REST client, bound from the <c>Discord:Rest</c> configuration section.</summary>
public sealed class DiscordRestOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Discord:Rest";

    /// <summary>
    /// Attempts of one request when Discord answers 5xx or the connection fails, the first included; only requests a
    /// second copy cannot duplicate are retried (see <c>DiscordRetryPolicy</c>). Default 4.
    /// </summary>
    [Range(1, 10)]
    public int MaxServerErrorAttempts { get; set; } = 4;

    /// <summary>Longest wait before the first retry; doubled for each further one, each wait drawn between half of it and all of it. Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan ServerErrorBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many 429 answers in a row one request may wait out before it fails. Default 5.</summary>
    [Range(1, 100)]
    public int MaxRateLimitRetries { get; set; } = 5;

    /// <summary>
    /// Answers of 401, 403 and 429 allowed within 10 minutes before the client withholds every request until the
    /// window moves on. Discord bans an IP at 10,000; the default, 2,000, stops far short of that.
    /// </summary>
    [Range(1, 9_000)]
    public int InvalidRequestBudget { get; set; } = 2_000;

    /// <summary>How long a channel that refused the bot with 403 gets no more messages from it. Default 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RefusedChannelCooldown { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests per second allowed to the bot across all routes (Discord's global limit). Default 50.</summary>
    [Range(1, 10_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;
}
