namespace NewsBot.Maintenance.Scheduling;

/// <summary>When a source is next refreshed: on its interval while healthy, exponentially later while it keeps failing.</summary>
internal static class RefreshBackoff
{
    /// <summary>
    /// The wait after an attempt: the interval when <paramref name="consecutiveFailures"/> is 0, else
    /// interval × 2^failures, capped at <paramref name="maximum"/> (but never shorter than the interval).
    /// </summary>
    public static TimeSpan After(TimeSpan interval, int consecutiveFailures, TimeSpan maximum)
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
