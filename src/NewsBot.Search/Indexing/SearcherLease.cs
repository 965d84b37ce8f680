using Lucene.Net.Search;

namespace NewsBot.Search.Indexing;

/// <summary>A searcher borrowed from the live generation; disposing it hands it back (the generation may be retired meanwhile).</summary>
public readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    internal SearcherLease(SearcherManager manager, IndexSearcher searcher)
    {
        _manager = manager;
        Searcher = searcher;
    }

    /// <summary>The borrowed searcher; valid until the lease is disposed.</summary>
    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
