namespace NewsBot.Discord.Gateway;

/// <summary>
/// Delays between connection attempts: exponential with "equal jitter" (half the step fixed, half random), so the
/// delays never shrink from one failed attempt to the next yet shards that dropped together do not retry together.
/// </summary>
internal sealed class ReconnectBackoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _maximum;
    private readonly Random _random;
    private int _failures;

    public ReconnectBackoff(TimeSpan initial, TimeSpan maximum, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, initial);
        _initial = initial;
        _maximum = maximum;
        _random = random;
    }

    /// <summary>Consecutive attempts that did not reach READY or RESUMED.</summary>
    public int Failures => _failures;

    /// <summary>The delay before the next attempt; each call counts one more failed attempt.</summary>
    public TimeSpan NextDelay()
    {
        var step = _initial.TotalMilliseconds * Math.Pow(2, Math.Min(_failures, 30));
        var cap = Math.Min(step, _maximum.TotalMilliseconds);
        _failures++;
        lock (_random)
        {
            return TimeSpan.FromMilliseconds((cap / 2) + (_random.NextDouble() * cap / 2));
        }
    }

    /// <summary>A connection worked: the next drop starts again from the initial delay.</summary>
    public void Reset() => _failures = 0;
}
