using System.Net;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Keeps the client away from Discord's invalid request limit (docs: Rate Limits, "Invalid Request Limit aka
/// Cloudflare bans": 10,000 answers of 401, 403 or 429 within 10 minutes, 429s of scope <c>shared</c> excepted, ban the
/// IP for a while). Counts those answers and withholds every request once
/// <see cref="DiscordRestOptions.InvalidRequestBudget"/> of them came in the last 10 minutes; and remembers a channel
/// that refused the bot with 403 for <see cref="DiscordRestOptions.RefusedChannelCooldown"/>, so replies there are
/// not sent only to be refused again.
/// </summary>
internal sealed class InvalidRequestGuard
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _invalid = new();
    private readonly Dictionary<string, (DateTimeOffset Until, DiscordError Error)> _refusedChannels = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly int _budget;
    private readonly TimeSpan _cooldown;

    public InvalidRequestGuard(TimeProvider time, IOptions<DiscordRestOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _budget = options.Value.InvalidRequestBudget;
        _cooldown = options.Value.RefusedChannelCooldown;
    }

    /// <summary>Throws instead of sending when the budget is spent or the route's channel refused the bot lately.</summary>
    /// <exception cref="DiscordRequestWithheldException">The request would be refused; nothing was sent.</exception>
    public void ThrowIfWithheld(RestRoute route)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            Expire(now);
            if (_invalid.Count >= _budget)
            {
                var retryAfter = _invalid.Peek() + Window - now;
                throw new DiscordRequestWithheldException(
                    route.Name,
                    HttpStatusCode.TooManyRequests,
                    new DiscordError(0, $"Not sent: {_invalid.Count} requests were refused (401, 403, 429) in the last 10 minutes, and Discord bans clients that collect 10,000", []),
                    retryAfter);
            }

            if (ChannelOf(route) is { } channel && _refusedChannels.TryGetValue(channel, out var refused))
            {
                throw new DiscordRequestWithheldException(route.Name, HttpStatusCode.Forbidden, refused.Error, refused.Until - now);
            }
        }
    }

    /// <summary>Counts a refusal; a 403 in a channel keeps the channel off limits for the cooldown.</summary>
    public void Observe(RestRoute route, HttpResponseMessage response, string? body)
    {
        var status = response.StatusCode;
        var shared = response.Headers.TryGetValues("X-RateLimit-Scope", out var scopes) && scopes.Contains("shared", StringComparer.OrdinalIgnoreCase);
        if (status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)
            || (status == HttpStatusCode.TooManyRequests && shared))
        {
            return;
        }

        var now = _time.GetUtcNow();
        lock (_lock)
        {
            _invalid.Enqueue(now);
            if (status == HttpStatusCode.Forbidden && ChannelOf(route) is { } channel)
            {
                _refusedChannels[channel] = (now + _cooldown, DiscordError.Parse(body ?? string.Empty));
            }
        }
    }

    private static string? ChannelOf(RestRoute route)
        => route.Auth == RouteAuth.BotToken && route.MajorKey.StartsWith("channel:", StringComparison.Ordinal) ? route.MajorKey : null;

    private void Expire(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window)
        {
            _invalid.Dequeue();
        }

        foreach (var (channel, refused) in _refusedChannels)
        {
            if (refused.Until <= now)
            {
                _refusedChannels.Remove(channel);
            }
        }
    }
}
