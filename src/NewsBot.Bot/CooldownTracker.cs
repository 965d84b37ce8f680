using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot;

/// <summary>Per-user cooldown between questions, so one member cannot flood a channel or the engine.</summary>
public sealed class CooldownTracker(IOptions<BotOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<ulong, DateTimeOffset> _lastAccepted = new();

    /// <summary>
    /// Accepts the user's request and starts their cooldown, or returns false with how long they must wait.
    /// </summary>
    public bool TryAccept(ulong userId, out TimeSpan retryAfter)
    {
        var cooldown = TimeSpan.FromSeconds(options.Value.CooldownSeconds);
        var now = timeProvider.GetUtcNow();
        retryAfter = TimeSpan.Zero;
        if (cooldown == TimeSpan.Zero)
        {
            return true;
        }

        while (true)
        {
            if (!_lastAccepted.TryGetValue(userId, out var last))
            {
                if (_lastAccepted.TryAdd(userId, now))
                {
                    return true;
                }

                continue;
            }

            var wait = last + cooldown - now;
            if (wait > TimeSpan.Zero)
            {
                retryAfter = wait;
                return false;
            }

            // Compare-and-swap so two simultaneous requests cannot both pass.
            if (_lastAccepted.TryUpdate(userId, now, last))
            {
                return true;
            }
        }
    }
}
