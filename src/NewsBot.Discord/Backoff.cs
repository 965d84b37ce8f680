namespace NewsBot.Discord;

/// <summary>
/// The one backoff rule of the client, for gateway reconnects and REST retries alike: exponential steps from an
/// initial delay up to a maximum, with "equal jitter" (half the step fixed, half random), so delays never shrink from
/// one failed attempt to the next yet clients that failed together do not retry together.
/// </summary>
internal static class Backoff
{
    /// <summary>The longest delay after <paramref name="failures"/> failed attempts (0: the first retry).</summary>
    public static TimeSpan Ceiling(TimeSpan initial, TimeSpan maximum, int failures)
    {
        var step = initial.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(step, maximum.TotalMilliseconds));
    }

    /// <summary>The delay after <paramref name="failures"/> failed attempts: between half the ceiling and the ceiling.</summary>
    public static TimeSpan Delay(TimeSpan initial, TimeSpan maximum, int failures, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var cap = Ceiling(initial, maximum, failures).TotalMilliseconds;
        double share;
        lock (random)
        {
            share = random.NextDouble();
        }

        return TimeSpan.FromMilliseconds((cap / 2) + (share * cap / 2));
    }
}
