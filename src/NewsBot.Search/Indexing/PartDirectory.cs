using Lucene.Net.Store;

namespace NewsBot.Search.Indexing;

/// <summary>
/// The folder of one part of a parallel full build: written, committed, appended into the generation and deleted.
/// Its commit is not flushed to the disk (no fsync): the generation it is appended into is, and a crash before that
/// leaves an unfinished build that is thrown away either way.
/// </summary>
internal sealed class PartDirectory(string path) : MMapDirectory(new DirectoryInfo(path))
{
    public override void Sync(ICollection<string> names)
    {
        // Deliberately nothing: see the class summary.
    }
}
