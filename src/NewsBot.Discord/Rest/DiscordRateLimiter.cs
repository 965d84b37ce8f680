using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord's HTTP rate limits for one bot token, shared by every request of the process: per-route buckets keyed by
/// <c>X-RateLimit-Bucket</c> plus the top-level ids of the path, the global limit of requests per second, and global
/// pauses after a global 429. Every wait goes through the <see cref="TimeProvider"/>.
/// </summary>
public sealed class DiscordRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    // Buckets idle this long are dropped, checked at most this often (Discord.Net sweeps buckets idle for a minute,
    // RequestQueue.RunCleanup): keys carry interaction and webhook tokens, so kept for ever they only grow.
    private static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly int _globalPerSecond;
    private readonly ConcurrentDictionary<string, string> _hashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _globalResumeAt = DateTimeOffset.MinValue;
    private DateTimeOffset _lastSweep;
    private volatile bool _halted;

    public DiscordRateLimiter(TimeProvider time, int globalRequestsPerSecond = 50)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(globalRequestsPerSecond, 1);
        _time = time;
        _globalPerSecond = globalRequestsPerSecond;
        _lastSweep = time.GetUtcNow();
    }

    /// <summary>How many buckets are kept (for tests: idle ones must go).</summary>
    internal int BucketCount => _buckets.Count;

    /// <summary>True once Discord answered 401 to the bot token: nothing more is sent.</summary>
    public bool IsHalted => _halted;

    /// <summary>Stops all further requests (after a 401 on the bot token).</summary>
    internal void Halt() => _halted = true;

    /// <summary>
    /// Waits until the route's bucket has room and the global limit allows one more request, then holds the bucket
    /// (one request in flight per bucket, so the remaining count read from the last response stays true).
    /// </summary>
    /// <exception cref="DiscordDeadlineException">The route's deadline has passed, or would pass before the bucket has room.</exception>
    internal async Task<RateLimitLease> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        ThrowIfHalted();
        ThrowIfPastDeadline(route, TimeSpan.Zero);
        SweepIdleBuckets();
        var bucket = Claim(BucketKey(route), static () => new RateLimitBucket());
        var entered = false;
        try
        {
            await EnterAsync(bucket, route, cancellationToken).ConfigureAwait(false);
            entered = true;

            // Again once in: the place may have come free only as the deadline passed.
            ThrowIfPastDeadline(route, TimeSpan.Zero);
            while (bucket.TimeUntilReset(_time.GetUtcNow()) is { } wait)
            {
                ThrowIfPastDeadline(route, wait);
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }

            await WaitForGlobalAsync(route.CountsTowardGlobalLimit, cancellationToken).ConfigureAwait(false);
            ThrowIfHalted();
            return new RateLimitLease(bucket, _time);
        }
        catch
        {
            if (entered)
            {
                bucket.Gate.Release();
            }

            bucket.Unclaim(_time.GetUtcNow());
            throw;
        }
    }

    /// <summary>Learns the bucket and its remaining requests from a response's <c>X-RateLimit-*</c> headers.</summary>
    internal void Update(RestRoute route, RateLimitLease lease, HttpResponseHeaders headers)
    {
        var target = lease.Bucket;
        RateLimitBucket? claimed = null;
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            _hashByRoute[route.Name] = hash;

            // Claimed, so the sweep cannot drop another route's bucket of the same hash between this lookup and the Set.
            target = claimed = Claim(hash + "|" + route.MajorKey, () => lease.Bucket);
        }

        try
        {
            if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
                && Seconds(Header(headers, "X-RateLimit-Reset-After")) is { } resetAfter)
            {
                target.Set(remaining, _time.GetUtcNow() + resetAfter);
            }
        }
        finally
        {
            claimed?.Unclaim(_time.GetUtcNow());
        }
    }

    /// <summary>After a route 429: the bucket is empty until <paramref name="retryAfter"/> has passed.</summary>
    internal void Exhaust(RateLimitLease lease, TimeSpan retryAfter) => lease.Bucket.Set(0, _time.GetUtcNow() + retryAfter);

    /// <summary>After a global 429: no request at all until <paramref name="retryAfter"/> has passed.</summary>
    internal void PauseAll(TimeSpan retryAfter)
    {
        lock (_globalLock)
        {
            var until = _time.GetUtcNow() + retryAfter;
            if (until > _globalResumeAt)
            {
                _globalResumeAt = until;
            }
        }
    }

    /// <summary>
    /// Throws when a request with a deadline could only arrive after it: now, or after waiting <paramref name="wait"/>
    /// (Discord.Net gives up the same way on a bucket whose reset comes after the request's timeout,
    /// <c>RequestQueueBucket.cs</c>, <c>EnterAsync</c>).
    /// </summary>
    /// <exception cref="DiscordDeadlineException">The deadline has passed, or would pass during the wait.</exception>
    internal void ThrowIfPastDeadline(RestRoute route, TimeSpan wait)
    {
        if (route.Deadline is not { } deadline)
        {
            return;
        }

        var sendAt = _time.GetUtcNow() + wait;
        if (sendAt >= deadline)
        {
            throw new DiscordDeadlineException(route.Name, deadline, wait > TimeSpan.Zero ? sendAt : null);
        }
    }

    internal static TimeSpan? Seconds(string? text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static string? Header(HttpResponseHeaders headers, string name)
        => headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private string BucketKey(RestRoute route)
        => (_hashByRoute.TryGetValue(route.Name, out var hash) ? hash : route.Name) + "|" + route.MajorKey;

    /// <summary>
    /// The bucket kept under <paramref name="key"/> (made by <paramref name="create"/> when there is none), claimed
    /// for the caller. A bucket the sweep retired between the lookup and the claim is taken out and the key looked
    /// up again, so every request of a route meets the same live bucket.
    /// </summary>
    private RateLimitBucket Claim(string key, Func<RateLimitBucket> create)
    {
        while (true)
        {
            var bucket = _buckets.GetOrAdd(key, _ => create());
            if (bucket.TryClaim(_time.GetUtcNow()))
            {
                return bucket;
            }

            _buckets.TryRemove(new KeyValuePair<string, RateLimitBucket>(key, bucket));
        }
    }

    private void SweepIdleBuckets()
    {
        var now = _time.GetUtcNow();
        lock (_globalLock)
        {
            if (now - _lastSweep < IdleBucketLifetime)
            {
                return;
            }

            _lastSweep = now;
        }

        foreach (var entry in _buckets)
        {
            // Retired first, under the bucket's lock, so no request can claim it after this; then only this exact
            // pair is removed: a bucket that replaced it meanwhile stays.
            if (entry.Value.TryRetire(now, IdleBucketLifetime))
            {
                _buckets.TryRemove(entry);
            }
        }
    }

    /// <summary>Takes the bucket's one place in flight; a request with a deadline waits for it no longer than that.</summary>
    private async Task EnterAsync(RateLimitBucket bucket, RestRoute route, CancellationToken cancellationToken)
    {
        if (route.Deadline is not { } deadline)
        {
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await bucket.Gate.WaitAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // The request ahead may itself be waiting out a reset; its wait is no reason to send this one late.
        var left = deadline - _time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            throw new DiscordDeadlineException(route.Name, deadline, null);
        }

        using var late = new CancellationTokenSource(left, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, late.Token);
        try
        {
            await bucket.Gate.WaitAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (late.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new DiscordDeadlineException(route.Name, deadline, null);
        }
    }

    private async Task WaitForGlobalAsync(bool counts, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_globalLock)
            {
                var now = _time.GetUtcNow();
                if (!counts)
                {
                    // Interaction routes are outside the global limit, its pauses included: holding an acknowledgement
                    // back for another route's 429 could miss the interaction's 3-second deadline.
                    return;
                }

                if (now < _globalResumeAt)
                {
                    wait = _globalResumeAt - now;
                }
                else
                {
                    while (_recent.Count > 0 && now - _recent.Peek() >= Window)
                    {
                        _recent.Dequeue();
                    }

                    if (_recent.Count < _globalPerSecond)
                    {
                        _recent.Enqueue(now);
                        return;
                    }

                    wait = _recent.Peek() + Window - now;
                }
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ThrowIfHalted()
    {
        if (_halted)
        {
            throw new InvalidOperationException("The Discord client stopped after Discord refused the bot token (401); fix Discord:Token and restart.");
        }
    }
}
