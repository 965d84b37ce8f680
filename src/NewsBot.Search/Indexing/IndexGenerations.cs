using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace NewsBot.Search.Indexing;

/// <summary>
/// Puts the index's parts together over one folder and owns them: the <see cref="GenerationStore"/> on disk, the
/// <see cref="SearcherLeases"/> readers borrow from, the <see cref="WriteGate"/> writers take turns through, the
/// <see cref="GenerationHistory"/> of kept generations, and the <see cref="IndexChangeFeed"/>. Each part is given
/// the others it needs; this class only wires them and disposes them.
/// </summary>
public sealed class IndexGenerations : IDisposable
{
    // Taken by every write, and without waiting by a question that follows another process's swap.
    private readonly SemaphoreSlim _writeTurns = new(1, 1);

    /// <summary>Generations at <see cref="SearchOptions.Path"/>, scored with BM25 as <paramref name="options"/> set, on disk.</summary>
    public IndexGenerations(IOptions<SearchOptions> options, TimeProvider time, ILogger<IndexGenerations>? logger = null)
        : this(options, time, logger, openDirectory: null)
    {
    }

    /// <summary>As above, each generation read and written through <paramref name="openDirectory"/> (given its folder).</summary>
    internal IndexGenerations(
        IOptions<SearchOptions> options,
        TimeProvider time,
        ILogger<IndexGenerations>? logger,
        Func<string, Lucene.Net.Store.Directory>? openDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ILogger log = logger ?? NullLogger<IndexGenerations>.Instance;
        Store = new GenerationStore(options.Value, openDirectory);
        Changes = new IndexChangeFeed();
        Leases = new SearcherLeases(Store, Changes, _writeTurns, time, log);
        Gate = new WriteGate(Store, Leases, Changes, _writeTurns, time, log);
        History = new GenerationHistory(Store, Gate, Leases, log);
    }

    /// <summary>The folder holding the generations, as configured.</summary>
    public string RootPath => Store.Root;

    public GenerationStore Store { get; }

    public IndexChangeFeed Changes { get; }

    public SearcherLeases Leases { get; }

    public WriteGate Gate { get; }

    public GenerationHistory History { get; }

    public void Dispose()
    {
        Leases.Dispose();
        _writeTurns.Dispose();
    }
}
