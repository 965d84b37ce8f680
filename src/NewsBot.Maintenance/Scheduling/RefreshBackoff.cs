namespace NewsBot.Maintenance.Scheduling;

/// <summary>When a source is next refreshed: on its interval while healthy, exponentially later while it keeps failing.</summary>
internal static class RefreshBackoff
{
    /// <summary>
    /// The wait after an attempt: the interval when <paramref name="consecutiveFailures"/> is 0, else
    /// interval × 2^failures, capped at <paramref name="maximum"/> (but never shorter than the interval). When the
    /// source asked to be left alone for longer (<paramref name="retryAfter"/>, from HTTP <c>Retry-After</c>), its wait,
    /// itself capped at <paramref name="maximum"/>: a hostile or mistaken "come back in ten years" cannot stop a source.
    /// </summary>
    public static TimeSpan After(TimeSpan interval, int consecutiveFailures, TimeSpan maximum, TimeSpan? retryAfter = null)
    {
        var backoff = Backoff(interval, consecutiveFailures, maximum);
        var asked = retryAfter is { } wait && wait < maximum ? wait : maximum;
        return retryAfter is null || asked <= backoff ? backoff : asked;
    }

    private static TimeSpan Backoff(TimeSpan interval, int consecutiveFailures, TimeSpan maximum)
    {
        if (consecutiveFailures <= 0)
        {
            return interval;
        }

        var factor = Math.Pow(2, Math.Min(consecutiveFailures, 30));
        var backoff = interval.TotalMinutes * factor >= maximum.TotalMinutes ? maximum : interval * factor;
        return backoff < interval ? interval : backoff;
    }
}
