namespace NewsBot.Search.Indexing;

/// <summary>
/// Sharing one index folder with other processes (`serve` and a `newsbot reindex` started beside it): writes take
/// turns through a lock on the folder, and a generation another process swapped in is followed, by writes at once
/// (so an update never lands in a generation that is no longer live) and by questions within a few seconds.
/// </summary>
public sealed partial class IndexGenerations
{
    // How stale the generation a question reads may be after another process swapped in a new one.
    private static readonly TimeSpan PointerCheckInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private long _pointerCheckedAt;

    // The generation that was live when the current write was asked for, if another process swapped in a generation
    // while it waited for its turn (two rebuilds at once); null otherwise. Set and read only with _writeLock held.
    private string? _liveBeforeWaiting;
    private long _changes;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many times the live index changed in this process (a commit, a swap, a rollback, a followed swap).</summary>
    internal long Changes => Interlocked.Read(ref _changes);

    /// <summary>Completes once the live index has changed more than <paramref name="seen"/> times; at once if it has.</summary>
    internal Task WaitForChangeAsync(long seen, CancellationToken cancellationToken)
    {
        var changed = Volatile.Read(ref _changed);
        return Changes > seen ? Task.CompletedTask : changed.Task.WaitAsync(cancellationToken);
    }

    // Counted before the waiters are released, so a waiter that looks again sees the new count.
    private void NotifyChanged()
    {
        Interlocked.Increment(ref _changes);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Starts a write: this process's other writes and every other process's wait until it is disposed.</summary>
    internal async Task<IDisposable> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var pointerWhenAsked = _folders.ReadPointer();
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var folderLock = await IndexFolderLock.AcquireAsync(
                _folders.Root,
                () => Log.WaitingForOtherWriter(_logger, _folders.Root),
                cancellationToken).ConfigureAwait(false);
            var pointerNow = _folders.ReadPointer();
            _liveBeforeWaiting = !string.IsNullOrEmpty(pointerWhenAsked) && pointerNow != pointerWhenAsked ? pointerWhenAsked : null;
            FollowPointer();
            return new WriteSession(this, folderLock);
        }
        catch
        {
            _writeLock.Release();
            throw;
        }
    }

    // Questions look at the pointer now and then, and never while this process writes (a write swaps on its own).
    private void MaybeFollowPointer()
    {
        var now = Time.GetTimestamp();
        var last = Interlocked.Read(ref _pointerCheckedAt);
        if ((last != 0 && Time.GetElapsedTime(last, now) < PointerCheckInterval)
            || Interlocked.CompareExchange(ref _pointerCheckedAt, now, last) != last
            || !_writeLock.Wait(0))
        {
            return;
        }

        try
        {
            FollowPointer();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    // Opens the generation the pointer names when another process moved it. Called with _writeLock held.
    private void FollowPointer()
    {
        var live = Volatile.Read(ref _live);
        var pointer = _folders.ReadPointer();
        if (live is null || string.IsNullOrEmpty(pointer) || pointer == live.Name || _disposed)
        {
            return;
        }

        LiveGeneration next;
        try
        {
            next = LiveGeneration.Open(pointer, _folders.PathOf(pointer), Similarity);
        }
        catch (Exception exception) when (IndexCorruption.IsUnreadable(exception))
        {
            // Keep answering from the generation this process has; a later look at the pointer tries again.
            Log.CannotFollowGeneration(_logger, pointer, live.Name, exception);
            return;
        }

        Log.FollowedGeneration(_logger, pointer);
        Adopt(next);
    }

    /// <summary>Ends a write: releases the folder to other processes, then this process's next writer.</summary>
    private sealed class WriteSession(IndexGenerations generations, FileStream folderLock) : IDisposable
    {
        public void Dispose()
        {
            generations._liveBeforeWaiting = null;
            folderLock.Dispose();
            generations._writeLock.Release();
        }
    }
}
