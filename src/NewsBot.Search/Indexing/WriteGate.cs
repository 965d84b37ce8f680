using Lucene.Net.Index;
using Microsoft.Extensions.Logging;

namespace NewsBot.Search.Indexing;

/// <summary>
/// Writes take turns here: one at a time in this process, and through a lock on the index folder with every other
/// process (`serve` and a `newsbot reindex` started beside it). A write first follows a generation another process
/// swapped in (so an update never lands in a generation that is no longer live), then commits on the live generation
/// or swaps a new one in.
/// </summary>
public sealed class WriteGate
{
    private readonly GenerationStore _store;
    private readonly SearcherLeases _leases;
    private readonly IndexChangeFeed _changes;
    private readonly SemaphoreSlim _writeTurns;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    // The generation that was live when the current write was asked for, if another process swapped in a generation
    // while it waited for its turn (two rebuilds at once); null otherwise. Set and read only with a write turn held.
    private string? _liveBeforeWaiting;

    internal WriteGate(GenerationStore store, SearcherLeases leases, IndexChangeFeed changes, SemaphoreSlim writeTurns, TimeProvider time, ILogger logger)
    {
        _store = store;
        _leases = leases;
        _changes = changes;
        _writeTurns = writeTurns;
        _time = time;
        _logger = logger;
    }

    /// <summary>Starts a write: this process's other writes and every other process's wait until it is disposed.</summary>
    internal async Task<IDisposable> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var pointerWhenAsked = _store.ReadPointer();
        await _writeTurns.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var folderLock = await IndexFolderLock.AcquireAsync(
                _store.Root,
                () => Log.WaitingForOtherWriter(_logger, _store.Root),
                cancellationToken).ConfigureAwait(false);
            var pointerNow = _store.ReadPointer();
            _liveBeforeWaiting = !string.IsNullOrEmpty(pointerWhenAsked) && pointerNow != pointerWhenAsked ? pointerWhenAsked : null;
            _leases.FollowPointer();
            return new WriteSession(this, folderLock);
        }
        catch
        {
            _writeTurns.Release();
            throw;
        }
    }

    /// <summary>The live generation to write on, opened on first use; null when the index is missing or unreadable. Call with a write begun.</summary>
    internal LiveGeneration? Live() => _leases.Live();

    /// <summary>The name for a new generation built now.</summary>
    internal string NewGenerationName() => _store.NewGenerationName(_time.GetUtcNow());

    /// <summary>
    /// Makes <paramref name="next"/> live. The generation it replaces joins the kept previous ones (newest first, as many
    /// as <see cref="SearchOptions.KeepGenerations"/>); older ones and leftovers of killed builds are deleted. Call with a write begun.
    /// </summary>
    internal void Swap(LiveGeneration next)
    {
        // A pointer that names nothing usable was replaced in this process by the generation it fell back to.
        var pointer = _store.ReadPointer();
        var replaced = !string.IsNullOrEmpty(pointer) && _store.Exists(pointer) ? pointer : _leases.OpenName;

        // A rebuild that waited while another process swapped in its own rebuild replaces that one, but what a rollback
        // should bring back is the index from before them both: it is kept first.
        string?[] first = [_liveBeforeWaiting, replaced];
        var kept = _store.RecordSwap(next.Name, first.Where(name => !string.IsNullOrEmpty(name)).Select(name => name!));
        _leases.Adopt(next);
        _store.DeleteAllExcept(next.Name, kept);
    }

    /// <summary>Commit user data naming the time of this change, shown as the index's "updated" time.</summary>
    internal Dictionary<string, string> CommitData() => new()
    {
        [IndexFields.UpdatedAtKey] = _time.GetUtcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>One commit of <paramref name="change"/> on the live generation, then its searchers see it; on failure nothing is committed.</summary>
    internal void Commit(LiveGeneration live, Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        using var analyzer = Analysis.NewsAnalyzers.CreateIndexAnalyzer();
        var config = new IndexWriterConfig(IndexFields.Version, analyzer) { OpenMode = OpenMode.APPEND, Similarity = _store.Similarity, Codec = new NewsCodec() };
        using (var writer = new IndexWriter(live.Directory, config))
        {
            try
            {
                change(writer);
                cancellationToken.ThrowIfCancellationRequested();
                writer.SetCommitData(CommitData());
                writer.Commit();
            }
            catch
            {
                writer.Rollback();
                throw;
            }
        }

        live.Manager.MaybeRefreshBlocking();
        _changes.NotifyChanged();
    }

    /// <summary>Ends a write: releases the folder to other processes, then this process's next writer.</summary>
    private sealed class WriteSession(WriteGate gate, FileStream folderLock) : IDisposable
    {
        public void Dispose()
        {
            gate._liveBeforeWaiting = null;
            folderLock.Dispose();
            gate._writeTurns.Release();
        }
    }
}
