using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace NewsBot.Search.Indexing;

/// <summary>One opened generation: its directory and the searcher manager over it.</summary>
internal sealed class LiveGeneration(string name, FSDirectory directory, SearcherManager manager) : IDisposable
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

    /// <summary>Runs <paramref name="read"/> on a searcher of this generation, handed back afterwards.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = Manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            Manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        Manager.Dispose();
        Directory.Dispose();
    }
}
