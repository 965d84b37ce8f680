namespace NewsBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket: how many requests remain and when it refills. A request claims it before using it and
/// gives it back when done; the idle sweep may only retire a bucket nobody holds, and a retired bucket can never be
/// claimed again, so a request never uses a bucket the sweep already dropped while others make a new one for the
/// same route (two buckets for one route would let its requests run side by side).
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _lastUsed;
    private int _claims;
    private bool _retired;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Set(int remaining, DateTimeOffset resetAt)
    {
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = resetAt;
        }
    }

    /// <summary>Holds the bucket for a request about to use it; false once the sweep retired it (look the route up again).</summary>
    public bool TryClaim(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_retired)
            {
                return false;
            }

            _claims++;
            _lastUsed = now;
            return true;
        }
    }

    /// <summary>Gives a claim back: the request is done, or gave up before sending.</summary>
    public void Unclaim(DateTimeOffset now)
    {
        lock (_lock)
        {
            _claims--;
            _lastUsed = now;
        }
    }

    /// <summary>
    /// Retires the bucket when it is safe to forget: unclaimed, unused for <paramref name="lifetime"/>, and no reset
    /// still to wait for. True when it is retired (now or before), so the caller may remove it.
    /// </summary>
    public bool TryRetire(DateTimeOffset now, TimeSpan lifetime)
    {
        lock (_lock)
        {
            if (!_retired && _claims == 0 && now - _lastUsed >= lifetime && now >= _resetAt)
            {
                _retired = true;
            }

            return _retired;
        }
    }

    /// <summary>How long to wait before sending, or null when the bucket has room (or its state is unknown).</summary>
    public TimeSpan? TimeUntilReset(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_remaining is 0 && now < _resetAt)
            {
                return _resetAt - now;
            }

            if (_remaining is 0)
            {
                _remaining = null;
            }

            return null;
        }
    }
}

/// <summary>Holds a bucket while one request is in flight; dispose to let the next one go and give the claim back.</summary>
internal sealed class RateLimitLease(RateLimitBucket bucket, TimeProvider time) : IDisposable
{
    private int _released;

    public RateLimitBucket Bucket { get; } = bucket;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Bucket.Gate.Release();
            Bucket.Unclaim(time.GetUtcNow());
        }
    }
}
