namespace NewsBot.Core.Concurrency;

/// <summary>
/// An exclusive lock on a file that holds across processes, so <c>serve</c> and a <c>newsbot</c> command beside it take
/// turns at a shared file instead of overwriting each other's work. The operating system releases it when the holding
/// process ends, so a killed process never leaves it stuck.
/// </summary>
public static class ProcessFileLock
{
    // How often a waiting process tries again.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Takes the lock on <paramref name="path"/> (created if missing, with its folder), or returns null at once when
    /// another holder has it. Any other failure (a folder that cannot be created or written) is thrown: waiting would
    /// never end.
    /// </summary>
    public static FileStream? TryAcquire(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException exception) when (IsHeldElsewhere(exception))
        {
            return null;
        }
    }

    /// <summary>
    /// Takes the lock, waiting while another holder has it; <paramref name="onWait"/> runs once if it must wait. The wait
    /// polls on real time on purpose: the other process runs on the machine's clock, not on an injected one.
    /// </summary>
    public static async Task<FileStream> AcquireAsync(string path, Action? onWait, CancellationToken cancellationToken)
    {
        var waited = false;
        while (true)
        {
            if (TryAcquire(path) is { } held)
            {
                return held;
            }

            if (!waited)
            {
                onWait?.Invoke();
                waited = true;
            }

#pragma warning disable RS0030 // The other process runs on the machine's clock, not on an injected one (see above).
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
#pragma warning restore RS0030
        }
    }

    // EWOULDBLOCK from flock on Unix (11, or 35 on macOS); a sharing or lock violation on Windows (32, 33).
    private static bool IsHeldElsewhere(IOException exception) => (exception.HResult & 0xFFFF) is 11 or 35 or 32 or 33;
}
