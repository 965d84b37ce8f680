using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>
/// The passage index on disk, in generations: a pointer file names the live generation folder. Writes are serialized;
/// questions read through a <see cref="SearcherManager"/> and never wait for a write. Writes live in
/// <c>LuceneNewsIndex.Writes.cs</c>, statistics in <c>LuceneNewsIndex.Stats.cs</c>.
/// </summary>
public sealed partial class LuceneNewsIndex : INewsIndex, IDisposable
{
    private readonly GenerationFolders _folders;
    private readonly Similarity _similarity;
    private readonly TimeProvider _time;
    private readonly ILogger<LuceneNewsIndex> _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly System.Threading.Lock _openLock = new();
    private LiveGeneration? _live;
    private long _pointerCheckedAt;
    private LiveGeneration? _retired;
    private IndexHealth? _lastLoggedHealth;
    private bool _disposed;

    public LuceneNewsIndex(IOptions<SearchOptions> options, TimeProvider time, ILogger<LuceneNewsIndex>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var settings = options.Value;
        _folders = new GenerationFolders(settings.Path);
        _similarity = new BM25Similarity((float)settings.Bm25K1, (float)settings.Bm25B);
        _time = time;
        _logger = logger ?? NullLogger<LuceneNewsIndex>.Instance;
    }

    /// <summary>The folder holding the generations, as configured.</summary>
    public string RootPath => _folders.Root;

    /// <inheritdoc />
    public IndexHealth CheckHealth()
    {
        var (health, reason, exception) = InspectDisk();
        ReportHealth(health, reason, exception);
        return health;
    }

    /// <summary>Borrows a searcher on the live generation, or null when there is no readable index.</summary>
    internal SearcherLease? AcquireSearcher()
    {
        MaybeFollowPointer();
        while (true)
        {
            var live = EnsureOpen();
            if (live is null)
            {
                return null;
            }

            try
            {
                return new SearcherLease(live.Manager, live.Manager.Acquire());
            }
            catch (ObjectDisposedException)
            {
                // A swap retired this generation between reading it and acquiring: take the new one.
            }
        }
    }

    private (IndexHealth Health, string? Reason, Exception? Exception) InspectDisk()
    {
        var generation = _folders.ReadPointer();
        if (generation is null)
        {
            return (IndexHealth.Missing, null, null);
        }

        if (generation.Length == 0 || !System.IO.Directory.Exists(_folders.PathOf(generation)))
        {
            return (IndexHealth.Corrupt, $"the pointer names generation '{generation}', which does not exist", null);
        }

        try
        {
            using var directory = FSDirectory.Open(_folders.PathOf(generation));
            using var reader = DirectoryReader.Open(directory);
            return (IndexHealth.Ready, null, null);
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            return (IndexHealth.Corrupt, exception.Message, exception);
        }
    }

    // What Lucene throws for a damaged index: missing or truncated segments, checksum and format errors.
    private static bool IsUnreadable(Exception exception) =>
        exception is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or InvalidOperationException or ArgumentException or IndexOutOfRangeException or EndOfStreamException;

    private void ReportHealth(IndexHealth health, string? reason, Exception? exception)
    {
        lock (_openLock)
        {
            ReportHealthUnlocked(health, reason, exception);
        }
    }

    /// <summary>Opens the live generation on first use; null when the index is missing or unreadable.</summary>
    private LiveGeneration? EnsureOpen()
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

            var generation = _folders.ReadPointer();
            if (generation is null)
            {
                ReportHealthUnlocked(IndexHealth.Missing, null, null);
                return null;
            }

            try
            {
                _live = LiveGeneration.Open(generation, _folders.PathOf(generation), _similarity);
            }
            catch (Exception exception) when (IsUnreadable(exception))
            {
                ReportHealthUnlocked(IndexHealth.Corrupt, exception.Message, exception);
                return null;
            }

            _lastLoggedHealth = IndexHealth.Ready;

            // Nothing else is open in this process: leftovers of killed builds and old generations can go, unless
            // another process is writing (its new generation is not a leftover); the next swap tidies up then.
            try
            {
                using var folderLock = IndexFolderLock.TryAcquire(_folders.Root);
                if (folderLock is not null)
                {
                    _folders.DeleteAllExcept([generation]);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // A read-only index folder can still be read; there is just nothing this process may tidy.
            }

            return _live;
        }
    }

    // Logs a missing or corrupt index once per change of state, not on every question.
    private void ReportHealthUnlocked(IndexHealth health, string? reason, Exception? exception)
    {
        if (health == _lastLoggedHealth)
        {
            return;
        }

        _lastLoggedHealth = health;
        if (health == IndexHealth.Missing)
        {
            Log.IndexMissing(_logger, _folders.Root);
        }
        else if (health == IndexHealth.Corrupt)
        {
            Log.IndexCorrupt(_logger, _folders.Root, reason ?? "unreadable", exception);
        }
    }

    /// <summary>Makes <paramref name="next"/> live; the previous generation is retired and deleted at the next swap.</summary>
    private void Swap(LiveGeneration next)
    {
        _folders.WritePointer(next.Name);
        var previous = Adopt(next);
        var keep = new List<string> { next.Name };
        if (previous is not null)
        {
            keep.Add(previous.Name);
        }

        _folders.DeleteAllExcept(keep);
    }

    /// <summary>Serves <paramref name="next"/> from now on in this process; returns the generation it replaced.</summary>
    private LiveGeneration? Adopt(LiveGeneration next)
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
        return previous;
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

        _writeLock.Dispose();
    }

    /// <summary>One opened generation: its directory and the searcher manager over it.</summary>
    private sealed class LiveGeneration(string name, FSDirectory directory, SearcherManager manager) : IDisposable
    {
        public string Name { get; } = name;

        public FSDirectory Directory { get; } = directory;

        public SearcherManager Manager { get; } = manager;

        public static LiveGeneration Open(string name, string path, Similarity similarity)
        {
            var directory = FSDirectory.Open(path);
            try
            {
                return new LiveGeneration(name, directory, new SearcherManager(directory, new Bm25SearcherFactory(similarity)));
            }
            catch
            {
                directory.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Manager.Dispose();
            Directory.Dispose();
        }
    }
}
