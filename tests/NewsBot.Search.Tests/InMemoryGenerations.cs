using System.Collections.Concurrent;
using Lucene.Net.Store;

namespace NewsBot.Search.Tests;

/// <summary>One in-memory Lucene directory per generation folder, the same one each time that folder is opened.</summary>
internal sealed class InMemoryGenerations
{
    private readonly ConcurrentDictionary<string, KeptDirectory> _directories = new(StringComparer.Ordinal);

    public Lucene.Net.Store.Directory Open(string path)
    {
        // The folder still exists on disk: the store keeps its markers and sentence vectors there.
        System.IO.Directory.CreateDirectory(path);
        return _directories.GetOrAdd(path, _ => new KeptDirectory());
    }

    // The store disposes each directory it opened when done with it; in memory that would lose the generation, so
    // disposing keeps the files (the harness's process ends with them).
    private sealed class KeptDirectory : RAMDirectory
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
