namespace NewsBot.Search.Indexing;

/// <summary>
/// When a question may look at the generation pointer for a swap another process made: at most once per interval
/// across all readers, and never while this process writes (a write swaps on its own).
/// </summary>
internal sealed class PointerChecks(SemaphoreSlim writeTurns, TimeProvider time)
{
    // How stale the generation a question reads may be after another process swapped in a new one.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private long _checkedAt;

    /// <summary>Runs <paramref name="check"/> holding a write turn when one is due and no write is under way; else returns at once.</summary>
    public void RunWhenDue(Action check)
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _checkedAt);
        if ((last != 0 && time.GetElapsedTime(last, now) < Interval)
            || Interlocked.CompareExchange(ref _checkedAt, now, last) != last
            || !writeTurns.Wait(0))
        {
            return;
        }

        try
        {
            check();
        }
        finally
        {
            writeTurns.Release();
        }
    }
}
