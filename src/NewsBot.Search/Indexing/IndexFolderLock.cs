using NewsBot.Core.Concurrency;

namespace NewsBot.Search.Indexing;

/// <summary>
/// An exclusive lock on an index folder that holds across processes: `serve` refreshing its sources and a
/// `newsbot reindex` in another terminal take turns instead of deleting or overwriting each other's work. The
/// operating system releases it when the holding process ends, so a killed process never leaves it stuck.
/// </summary>
internal static class IndexFolderLock
{
    private const string FileName = "write.lock";

    /// <summary>
    /// Takes the lock, or returns null at once when another process holds it. Any other failure (a folder that cannot
    /// be created or written) is thrown: waiting would never end.
    /// </summary>
    public static FileStream? TryAcquire(string root) => ProcessFileLock.TryAcquire(Path.Combine(root, FileName));

    /// <summary>Takes the lock, waiting while another process holds it; <paramref name="onWait"/> runs once if it must wait.</summary>
    public static Task<FileStream> AcquireAsync(string root, Action onWait, CancellationToken cancellationToken)
        => ProcessFileLock.AcquireAsync(Path.Combine(root, FileName), onWait, cancellationToken);
}
