using Lucene.Net.Search;

namespace NewsBot.Search.Indexing;

/// <summary>A searcher borrowed from the live generation; disposing it hands it back (the generation may be retired meanwhile).</summary>
internal readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
