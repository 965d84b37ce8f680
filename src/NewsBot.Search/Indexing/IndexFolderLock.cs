namespace NewsBot.Search.Indexing;

/// <summary>
/// An exclusive lock on an index folder that holds across processes: `serve` refreshing its sources and a
/// `newsbot reindex` in another terminal take turns instead of deleting or overwriting each other's work. The
/// operating system releases it when the holding process ends, so a killed process never leaves it stuck.
/// </summary>
internal static class IndexFolderLock
{
    private const string FileName = "write.lock";

    // How often a waiting writer tries again; the other process's write takes seconds to minutes.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Takes the lock, or returns null at once when another process holds it. Any other failure (a folder that cannot
    /// be created or written) is thrown: waiting would never end.
    /// </summary>
    public static FileStream? TryAcquire(string root)
    {
        Directory.CreateDirectory(root);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
            return new FileStream(Path.Combine(root, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException exception) when (IsHeldElsewhere(exception))
        {
            return null;
        }
    }

    // EWOULDBLOCK from flock on Unix (11, or 35 on macOS); a sharing or lock violation on Windows (32, 33).
    private static bool IsHeldElsewhere(IOException exception) => (exception.HResult & 0xFFFF) is 11 or 35 or 32 or 33;

    /// <summary>Takes the lock, waiting while another process holds it; <paramref name="onWait"/> runs once if it must wait.</summary>
    public static async Task<FileStream> AcquireAsync(string root, Action onWait, CancellationToken cancellationToken)
    {
        var waited = false;
        while (true)
        {
            if (TryAcquire(root) is { } held)
            {
                return held;
            }

            if (!waited)
            {
                onWait();
                waited = true;
            }

            // Real time on purpose: the other process runs on the machine's clock, not on an injected one.
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }
}
