using Microsoft.Extensions.Logging;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>
/// The live generation of this process: opens it on first use (falling back to the newest complete one when the
/// pointer's cannot be read), lends searchers on it to readers (who never wait for a write), follows a generation
/// another process swapped in within a few seconds, and retires a generation a reader found damaged.
/// </summary>
public sealed class SearcherLeases : ISearcherLeases, IIndexHealthCheck, IDisposable
{
    private readonly GenerationStore _store;
    private readonly IndexChangeFeed _changes;
    private readonly PointerChecks _pointerChecks;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _openLock = new();
    private LiveGeneration? _live;
    private LiveGeneration? _retired;
    private IndexHealth? _lastLoggedHealth;
    private string? _recovery;
    private bool _disposed;

    /// <summary>Leases on <paramref name="store"/>; a followed swap waits for <paramref name="writeTurns"/>, the turns writes take.</summary>
    internal SearcherLeases(GenerationStore store, IndexChangeFeed changes, SemaphoreSlim writeTurns, TimeProvider time, ILogger logger)
    {
        _store = store;
        _changes = changes;
        _pointerChecks = new PointerChecks(writeTurns, time);
        _logger = logger;
    }

    /// <inheritdoc />
    public IndexHealth CheckHealth()
    {
        var (health, reason, exception) = InspectDisk();
        lock (_openLock)
        {
            ReportHealthUnlocked(health, reason, exception);
        }

        return health;
    }

    /// <inheritdoc />
    public string? Recovery => Volatile.Read(ref _recovery);

    /// <inheritdoc />
    public bool MayHaveVectors => Volatile.Read(ref _live) is { } live ? live.Vectors.Rows is { Count: > 0 } : _store.PointerHasVectors();

    /// <inheritdoc />
    public SearcherLease? AcquireSearcher()
    {
        _pointerChecks.RunWhenDue(FollowPointer);
        while (true)
        {
            var live = Live();
            if (live is null)
            {
                return null;
            }

            try
            {
                return new SearcherLease(live.Manager, live.Manager.Acquire(), live.Vectors, live.Name);
            }
            catch (ObjectDisposedException)
            {
                // A swap retired this generation between reading it and acquiring: take the new one.
            }
        }
    }

    private (IndexHealth Health, string? Reason, Exception? Exception) InspectDisk()
    {
        var (candidates, pointer, problem) = _store.Candidates();
        if (candidates.Count == 0)
        {
            return pointer is null ? (IndexHealth.Missing, null, null) : (IndexHealth.Corrupt, problem, null);
        }

        Exception? failure = null;
        foreach (var generation in candidates)
        {
            try
            {
                // A generation this process has open already (a question asked before the check) was read whole then,
                // so it is not opened a second time.
                if (Volatile.Read(ref _live) is not { } live || live.Name != generation)
                {
                    _store.ReadWhole(generation);
                }

                if (generation != pointer)
                {
                    Volatile.Write(ref _recovery, RecoveryLine(problem ?? failure?.Message ?? "unreadable", generation));
                }

                return (IndexHealth.Ready, null, null);
            }
            catch (Exception exception) when (IndexCorruption.IsUnreadable(exception))
            {
                failure ??= exception;
                problem ??= $"generation {generation} cannot be read: {exception.Message}";
            }
        }

        return (IndexHealth.Corrupt, failure?.Message ?? problem, failure);
    }

    private static string RecoveryLine(string problem, string generation) =>
        $"The index could not be opened as its pointer says ({problem}); using {generation}, the newest complete generation.";

    /// <summary>The live generation, opened on first use; null when the index is missing or unreadable.</summary>
    internal LiveGeneration? Live()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var live = Volatile.Read(ref _live);
        if (live is not null)
        {
            return live;
        }

        lock (_openLock)
        {
            if (_live is not null)
            {
                return _live;
            }

            var (candidates, pointer, problem) = _store.Candidates();
            if (candidates.Count == 0)
            {
                ReportHealthUnlocked(pointer is null ? IndexHealth.Missing : IndexHealth.Corrupt, problem, null);
                return null;
            }

            Exception? failure = null;
            foreach (var generation in candidates)
            {
                try
                {
                    _live = _store.Open(generation);
                }
                catch (Exception exception) when (IndexCorruption.IsUnreadable(exception))
                {
                    failure ??= exception;
                    problem ??= $"generation {generation} cannot be read: {exception.Message}";
                    _store.TryMarkDamaged(generation);
                    continue;
                }

                _lastLoggedHealth = IndexHealth.Ready;
                if (generation == pointer)
                {
                    _store.TryMarkCompleteIfUnmarked(generation);
                }
                else
                {
                    var line = RecoveryLine(problem ?? "unreadable", generation);
                    Volatile.Write(ref _recovery, line);
                    Log.IndexRecovered(_logger, _store.Root, line, failure);
                    _store.RepointUnlessAnotherProcessWrites(generation);
                }

                _store.TidyUnlessAnotherProcessWrites(generation);
                return _live;
            }

            ReportHealthUnlocked(IndexHealth.Corrupt, failure?.Message ?? problem, failure);
            return null;
        }
    }

    /// <summary>The name of the generation open in this process, without opening one.</summary>
    internal string? OpenName => Volatile.Read(ref _live)?.Name;

    // Logs a missing or corrupt index once per change of state, not on every question. Called with _openLock held.
    private void ReportHealthUnlocked(IndexHealth health, string? reason, Exception? exception)
    {
        if (health == _lastLoggedHealth)
        {
            return;
        }

        _lastLoggedHealth = health;
        if (health == IndexHealth.Missing)
        {
            Log.IndexMissing(_logger, _store.Root);
        }
        else if (health == IndexHealth.Corrupt)
        {
            Log.IndexCorrupt(_logger, _store.Root, reason ?? "unreadable", exception);
        }
    }

    /// <inheritdoc />
    public void ReportReadFailure(SearcherLease lease, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (lease.Generation is not { } generation)
        {
            return;
        }

        LiveGeneration? retired;
        lock (_openLock)
        {
            if (_live?.Name != generation)
            {
                // Another reader reported it first, or a swap replaced it meanwhile.
                return;
            }

            _store.TryMarkDamaged(generation);
            retired = _live;
            _live = null;
            _lastLoggedHealth = null;
        }

        Log.GenerationDamaged(_logger, generation, exception.GetType().Name, exception.Message, exception);
        // Searchers lent out keep their reader until released; the next lease opens the previous complete generation.
        retired?.Manager.Dispose();
        _changes.NotifyChanged();
    }

    /// <summary>Opens the generation the pointer names when another process moved it. Called with a write turn held.</summary>
    internal void FollowPointer()
    {
        var live = Volatile.Read(ref _live);
        var pointer = _store.ReadPointer();
        if (live is null || string.IsNullOrEmpty(pointer) || pointer == live.Name || _disposed)
        {
            return;
        }

        LiveGeneration next;
        try
        {
            next = _store.Open(pointer);
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

    /// <summary>Serves <paramref name="next"/> from now on in this process.</summary>
    internal void Adopt(LiveGeneration next)
    {
        LiveGeneration? previous;
        LiveGeneration? olderStill;
        lock (_openLock)
        {
            previous = _live;
            olderStill = _retired;
            _live = next;
            _retired = previous;
            _lastLoggedHealth = IndexHealth.Ready;
        }

        // Searchers already handed out keep their reader open until released; only new acquisitions see the swap.
        previous?.Manager.Dispose();
        olderStill?.Directory.Dispose();
        _changes.NotifyChanged();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (_openLock)
        {
            _live?.Dispose();
            _retired?.Dispose();
            _live = null;
            _retired = null;
        }
    }
}
