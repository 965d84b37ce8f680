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
                return new SearcherLease(live.Manager, live.Manager.Acquire(), live.Vectors.Rows);
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

        // This process has the generation open already (a question asked before the check): it was read whole then,
        // so it is not opened a second time.
        if (Volatile.Read(ref _live) is { } live && live.Name == generation)
        {
            return (IndexHealth.Ready, null, null);
        }

        try
        {
            using var directory = FSDirectory.Open(_folders.PathOf(generation));
            using var reader = DirectoryReader.Open(directory);
            return (IndexHealth.Ready, null, null);
        }
        catch (Exception exception) when (IndexCorruption.IsUnreadable(exception))
        {
            return (IndexHealth.Corrupt, exception.Message, exception);
        }
    }

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

            var generation = _folders.ReadPointer();
            if (generation is null)
            {
                ReportHealthUnlocked(IndexHealth.Missing, null, null);
                return null;
            }

            try
            {
                _live = LiveGeneration.Open(generation, _folders.PathOf(generation), Similarity);
            }
            catch (Exception exception) when (IndexCorruption.IsUnreadable(exception))
            {
                ReportHealthUnlocked(IndexHealth.Corrupt, exception.Message, exception);
                return null;
            }

            _lastLoggedHealth = IndexHealth.Ready;
            TidyUnlessAnotherProcessWrites(generation);
            return _live;
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

    /// <summary>
    /// Makes <paramref name="next"/> live. The generation it replaces joins the kept previous ones (newest first, as many
    /// as <see cref="SearchOptions.KeepGenerations"/>); older ones and leftovers of killed builds are deleted.
    /// </summary>
    internal void Swap(LiveGeneration next)
    {
        var replaced = _folders.ReadPointer();
        var kept = Kept(next.Name, string.IsNullOrEmpty(replaced) ? [] : [replaced]);

        // The list is written before the pointer moves, so a crash in between leaves the replaced generation kept.
        _folders.WritePrevious(kept);
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
