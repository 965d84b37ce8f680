namespace NewsBot.Search.Indexing;

/// <summary>Counts the live index's changes in this process (a commit, a swap, a rollback, a followed swap) and wakes whoever waits for one.</summary>
public sealed class IndexChangeFeed
{
    private long _changes;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many times the live index changed in this process.</summary>
    internal long Changes => Interlocked.Read(ref _changes);

    /// <summary>Completes once the live index has changed more than <paramref name="seen"/> times; at once if it has.</summary>
    internal Task WaitForChangeAsync(long seen, CancellationToken cancellationToken)
    {
        var changed = Volatile.Read(ref _changed);
        return Changes > seen ? Task.CompletedTask : changed.Task.WaitAsync(cancellationToken);
    }

    // Counted before the waiters are released, so a waiter that looks again sees the new count.
    internal void NotifyChanged()
    {
        Interlocked.Increment(ref _changes);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
