using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using NewsBot.Search.Vectors;

namespace NewsBot.Search.Indexing;

/// <summary>One opened generation: its directory, the searcher manager over it, and its sentence vectors.</summary>
internal sealed class LiveGeneration(string name, Lucene.Net.Store.Directory directory, SearcherManager manager, SentenceVectors vectors) : IDisposable
{
    public string Name { get; } = name;

    public SentenceVectors Vectors { get; } = vectors;

    public Lucene.Net.Store.Directory Directory { get; } = directory;

    public SearcherManager Manager { get; } = manager;

    /// <summary>Opens the generation in <paramref name="directory"/> (its folder <paramref name="path"/> holds its vectors); disposes the directory if that fails.</summary>
    public static LiveGeneration Open(string name, string path, Lucene.Net.Store.Directory directory, Similarity similarity)
    {
        try
        {
            return new LiveGeneration(name, directory, new SearcherManager(directory, new Bm25SearcherFactory(similarity)), SentenceVectors.Open(path));
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
