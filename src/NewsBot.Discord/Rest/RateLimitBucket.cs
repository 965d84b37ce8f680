namespace NewsBot.Discord.Rest;

/// <summary>One rate-limit bucket: how many requests remain and when it refills.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _lastUsed;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Set(int remaining, DateTimeOffset resetAt)
    {
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = resetAt;
        }
    }

    /// <summary>Notes that a request is about to use the bucket.</summary>
    public void Touch(DateTimeOffset now)
    {
        lock (_lock)
        {
            _lastUsed = now;
        }
    }

    /// <summary>Unused for <paramref name="lifetime"/>, no request in flight, and no reset still to wait for: safe to forget.</summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan lifetime)
    {
        lock (_lock)
        {
            return now - _lastUsed >= lifetime && now >= _resetAt && Gate.CurrentCount == 1;
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

/// <summary>Holds a bucket while one request is in flight; dispose to let the next one go.</summary>
internal sealed class RateLimitLease(RateLimitBucket bucket) : IDisposable
{
    private int _released;

    public RateLimitBucket Bucket { get; } = bucket;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Bucket.Gate.Release();
        }
    }
}
