using Lucene.Net.Search;
using NewsBot.Search.Vectors;

namespace NewsBot.Search.Indexing;

/// <summary>A searcher borrowed from the live generation; disposing it hands it back (the generation may be retired meanwhile).</summary>
public readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    private readonly SentenceVectors? _vectors;

    internal SearcherLease(SearcherManager manager, IndexSearcher searcher, SentenceVectors? vectors = null, string? generation = null)
    {
        _manager = manager;
        Searcher = searcher;
        _vectors = vectors;
        Generation = generation;
    }

    /// <summary>The generation the searcher reads, for reporting it damaged when a read fails.</summary>
    internal string? Generation { get; }

    /// <summary>The borrowed searcher; valid until the lease is disposed.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>
    /// The sentence vectors of the same generation as far as they are computed; null when it has none yet. Read from
    /// the file on first use, so a question answered on words alone never reads them.
    /// </summary>
    internal VectorRows? Vectors => _vectors?.Rows;

    public void Dispose() => _manager.Release(Searcher);
}
