using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Indexing;
using NewsBot.Search.Vectors;

namespace NewsBot.Search.Indexing;

/// <summary>
/// The one owner of the index's generations on disk: a pointer file names the live generation folder. It opens the
/// live generation, lends searchers on it to readers (who never wait for a write), swaps a new generation in, and
/// follows a generation another process swapped in. Writers take turns through <c>IndexGenerations.Writers.cs</c>;
/// previous generations are kept and brought back in <c>IndexGenerations.History.cs</c>.
/// </summary>
public sealed partial class IndexGenerations : IIndexHealthCheck, ISearcherLeases, IIndexGenerationHistory, IDisposable
{
    private readonly GenerationFolders _folders;
    private readonly ILogger _logger;
    private readonly int _keepGenerations;
    private readonly System.Threading.Lock _openLock = new();
    private LiveGeneration? _live;
    private LiveGeneration? _retired;
    private IndexHealth? _lastLoggedHealth;
    private string? _recovery;
    private bool _disposed;

    // Generations are written with NewsCodec; Lucene must know it before it can read one.
    static IndexGenerations() => NewsCodec.Register();

    /// <summary>Generations at <see cref="SearchOptions.Path"/>, scored with BM25 as <paramref name="options"/> set.</summary>
    public IndexGenerations(IOptions<SearchOptions> options, TimeProvider time, ILogger<IndexGenerations>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var settings = options.Value;
        _folders = new GenerationFolders(settings.Path);
        Similarity = new BM25Similarity((float)settings.Bm25K1, (float)settings.Bm25B);
        Time = time;
        _keepGenerations = settings.KeepGenerations;
        _logger = logger ?? NullLogger<IndexGenerations>.Instance;
    }

    /// <summary>The folder holding the generations, as configured.</summary>
    public string RootPath => _folders.Root;

    internal Similarity Similarity { get; }

    internal TimeProvider Time { get; }

    internal GenerationFolders Folders => _folders;

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

    public bool MayHaveVectors
    {
        get
        {
            if (Volatile.Read(ref _live) is { } live)
            {
                return live.Vectors.Rows is { Count: > 0 };
            }

            var generation = _folders.ReadPointer();
            return !string.IsNullOrEmpty(generation) && File.Exists(Path.Combine(_folders.PathOf(generation), SentenceVectors.FileName));
        }
    }

    /// <inheritdoc />
    public SearcherLease? AcquireSearcher()
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
                return new SearcherLease(live.Manager, live.Manager.Acquire(), live.Vectors.Rows, live.Name);
            }
            catch (ObjectDisposedException)
            {
                // A swap retired this generation between reading it and acquiring: take the new one.
            }
        }
    }

    private (IndexHealth Health, string? Reason, Exception? Exception) InspectDisk()
    {
        var (candidates, pointer, problem) = Candidates();
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
                    using var directory = FSDirectory.Open(_folders.PathOf(generation));
                    using var reader = DirectoryReader.Open(directory);
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

    /// <summary>
    /// The generations to try, in order: the one the pointer names, then (for when the pointer names none, names one that
    /// is gone, or that one cannot be read) the complete, undamaged generations on disk, the newest first. Also the
    /// pointer as read (null when there is no pointer file, empty when it names no generation) and what is wrong with it.
    /// </summary>
    private (List<string> Candidates, string? Pointer, string? Problem) Candidates()
    {
        var pointer = _folders.ReadPointer();
        var candidates = new List<string>();
        string? problem = null;
        if (pointer is { Length: > 0 } && _folders.Exists(pointer) && !_folders.IsDamaged(pointer))
        {
            candidates.Add(pointer);
        }
        else if (pointer is { Length: > 0 } && _folders.Exists(pointer))
        {
            problem = $"generation {pointer} is marked damaged: reading it failed";
        }
        else if (pointer is not null)
        {
            problem = pointer.Length == 0
                ? "the pointer file CURRENT names no generation"
                : $"the pointer file CURRENT names generation '{pointer}', which does not exist";
        }
        else
        {
            problem = "there is no pointer file CURRENT";
        }

        candidates.AddRange(_folders.UsableGenerations().Where(name => name != pointer));
        return (candidates, pointer, problem);
    }

    private static string RecoveryLine(string problem, string generation) =>
        $"The index could not be opened as its pointer says ({problem}); using {generation}, the newest complete generation.";

    /// <summary>Opens the live generation on first use; null when the index is missing or unreadable.</summary>
    internal LiveGeneration? EnsureOpen()
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

            var (candidates, pointer, problem) = Candidates();
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
                    _live = LiveGeneration.Open(generation, _folders.PathOf(generation), Similarity);
                }
                catch (Exception exception) when (IndexCorruption.IsUnreadable(exception))
                {
                    failure ??= exception;
                    problem ??= $"generation {generation} cannot be read: {exception.Message}";
                    TryMark(() => _folders.MarkDamaged(generation));
                    continue;
                }

                _lastLoggedHealth = IndexHealth.Ready;
                if (generation == pointer)
                {
                    // Generations live before markers existed are complete too: the pointer named them.
                    if (!_folders.IsMarkedComplete(generation))
                    {
                        TryMark(() => _folders.MarkComplete(generation));
                    }
                }
                else
                {
                    var line = RecoveryLine(problem ?? "unreadable", generation);
                    Volatile.Write(ref _recovery, line);
                    Log.IndexRecovered(_logger, _folders.Root, line, failure);
                    RepointUnlessAnotherProcessWrites(generation);
                }

                TidyUnlessAnotherProcessWrites(generation);
                return _live;
            }

            ReportHealthUnlocked(IndexHealth.Corrupt, failure?.Message ?? problem, failure);
            return null;
        }
    }

    // A marker that cannot be written (a read-only index folder) changes nothing but the next fallback's choice.
    private static void TryMark(Action mark)
    {
        try
        {
            mark();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Reading goes on; see above.
        }
    }

    // The pointer is made to name the generation that took over, so the next command opens it without falling back;
    // never while another process writes (it moves the pointer itself).
    private void RepointUnlessAnotherProcessWrites(string generation)
    {
        try
        {
            using var folderLock = IndexFolderLock.TryAcquire(_folders.Root);
            if (folderLock is not null)
            {
                _folders.WritePointer(generation);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only index folder: every command falls back the same way and says so.
        }
    }

    // Nothing else is open in this process: leftovers of killed builds and generations too old to keep can go, unless
    // another process is writing (its new generation is not a leftover); the next swap tidies up then.
    private void TidyUnlessAnotherProcessWrites(string live)
    {
        try
        {
            using var folderLock = IndexFolderLock.TryAcquire(_folders.Root);
            if (folderLock is not null)
            {
                _folders.DeleteAllExcept([live, .. Kept(live, [])]);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only index folder can still be read; there is just nothing this process may tidy.
        }
    }

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
            Log.IndexMissing(_logger, _folders.Root);
        }
        else if (health == IndexHealth.Corrupt)
        {
            Log.IndexCorrupt(_logger, _folders.Root, reason ?? "unreadable", exception);
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

            TryMark(() => _folders.MarkDamaged(generation));
            retired = _live;
            _live = null;
            _lastLoggedHealth = null;
        }

        Log.GenerationDamaged(_logger, generation, exception.GetType().Name, exception.Message, exception);
        // Searchers lent out keep their reader until released; the next lease opens the previous complete generation.
        retired?.Manager.Dispose();
        NotifyChanged();
    }

    /// <summary>
    /// Makes <paramref name="next"/> live. The generation it replaces joins the kept previous ones (newest first, as many
    /// as <see cref="SearchOptions.KeepGenerations"/>); older ones and leftovers of killed builds are deleted.
    /// </summary>
    internal void Swap(LiveGeneration next)
    {
        // A pointer that names nothing usable was replaced in this process by the generation it fell back to.
        var pointer = _folders.ReadPointer();
        var replaced = !string.IsNullOrEmpty(pointer) && _folders.Exists(pointer) ? pointer : Volatile.Read(ref _live)?.Name;

        // A rebuild that waited while another process swapped in its own rebuild replaces that one, but what a rollback
        // should bring back is the index from before them both: it is kept first.
        string?[] first = [_liveBeforeWaiting, replaced];
        var kept = Kept(next.Name, first.Where(name => !string.IsNullOrEmpty(name)).Select(name => name!));

        // The list is written before the pointer moves, so a crash in between leaves the replaced generation kept; the
        // new generation is marked complete before the pointer names it, so a pointer lost later can fall back to it.
        _folders.WritePrevious(kept);
        _folders.MarkComplete(next.Name);
        _folders.WritePointer(next.Name);
        Adopt(next);
        _folders.DeleteAllExcept([next.Name, .. kept]);
    }

    // The previous generations to keep once `live` is live: `first`, then those kept already, existing ones only.
    private List<string> Kept(string live, IEnumerable<string> first) => first
        .Concat(_folders.ReadPrevious())
        .Where(name => name != live && System.IO.Directory.Exists(_folders.PathOf(name)))
        .Distinct(StringComparer.Ordinal)
        .Take(_keepGenerations)
        .ToList();

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
        NotifyChanged();
        return previous;
    }

    /// <summary>Commit user data naming the time of this change, shown as the index's "updated" time.</summary>
    internal Dictionary<string, string> CommitData() => new()
    {
        [IndexFields.UpdatedAtKey] = Time.GetUtcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>One commit of <paramref name="change"/> on the live generation, then its searchers see it; on failure nothing is committed.</summary>
    internal void Commit(LiveGeneration live, Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        using var analyzer = Analysis.NewsAnalyzers.CreateIndexAnalyzer();
        var config = new IndexWriterConfig(IndexFields.Version, analyzer) { OpenMode = OpenMode.APPEND, Similarity = Similarity, Codec = new NewsCodec() };
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
        NotifyChanged();
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
}
