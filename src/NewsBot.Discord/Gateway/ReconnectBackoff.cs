namespace NewsBot.Discord.Gateway;

/// <summary>Delays between connection attempts, by the client's one <see cref="Backoff"/> rule, counting the failures in a row.</summary>
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
    public TimeSpan NextDelay() => Backoff.Delay(_initial, _maximum, _failures++, _random);

    /// <summary>A connection worked: the next drop starts again from the initial delay.</summary>
    public void Reset() => _failures = 0;
}
