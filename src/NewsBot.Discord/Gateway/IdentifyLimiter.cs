namespace NewsBot.Discord.Gateway;

/// <summary>
/// Discord's identify limits, shared by every shard of the process: per rate-limit key (<c>shard_id % max_concurrency</c>)
/// one Identify per 5 s, so shards start in <c>max_concurrency</c> buckets; and the daily session starts, waiting
/// for the reset when none remain (going over resets the bot's token).
/// </summary>
internal sealed class IdentifyLimiter
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, DateTimeOffset> _nextAllowedByKey = [];
    private SessionStartLimit? _limit;
    private DateTimeOffset _resetAt;

    public IdentifyLimiter(TimeProvider time, TimeSpan window)
    {
        _time = time;
        _window = window;
    }

    /// <summary>Takes the limits from a fresh <c>GET /gateway/bot</c>.</summary>
    public void Update(SessionStartLimit limit)
    {
        _gate.Wait();
        try
        {
            _limit = limit;
            _resetAt = _time.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Maximum concurrency currently known (1 until the limits are fetched).</summary>
    public int MaxConcurrency => Math.Max(1, _limit?.MaxConcurrency ?? 1);

    /// <summary>Waits until shard <paramref name="shardId"/> may Identify, and counts the Identify.</summary>
    /// <returns>How long the caller waited for its turn (for the log).</returns>
    public async Task<TimeSpan> WaitForTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = _time.GetUtcNow();
            if (_limit is { Remaining: <= 0 } limit)
            {
                var untilReset = _resetAt - _time.GetUtcNow();
                if (untilReset > TimeSpan.Zero)
                {
                    await Task.Delay(untilReset, _time, cancellationToken).ConfigureAwait(false);
                }

                _limit = limit with { Remaining = limit.Total };
                _resetAt = _time.GetUtcNow() + TimeSpan.FromDays(1);
            }

            var key = shardId % MaxConcurrency;
            if (_nextAllowedByKey.TryGetValue(key, out var nextAllowed) && nextAllowed > _time.GetUtcNow())
            {
                await Task.Delay(nextAllowed - _time.GetUtcNow(), _time, cancellationToken).ConfigureAwait(false);
            }

            _nextAllowedByKey[key] = _time.GetUtcNow() + _window;
            if (_limit is not null)
            {
                _limit = _limit with { Remaining = _limit.Remaining - 1 };
            }

            return _time.GetUtcNow() - started;
        }
        finally
        {
            _gate.Release();
        }
    }
}
