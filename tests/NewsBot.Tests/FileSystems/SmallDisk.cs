using System.Diagnostics;

namespace NewsBot.Tests.FileSystems;

/// <summary>
/// A real, tiny file system (tmpfs) mounted on a folder, so a test can fill it up or make it read-only: the errors
/// then come from the kernel (ENOSPC, EROFS) exactly as on a full or read-only disk. Mounting needs Linux and root
/// (as in CI); <see cref="SmallDiskFactAttribute"/> skips the test elsewhere.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private static readonly Lazy<string?> WhyNot = new(ProbeMount);

    private SmallDisk(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Null when small disks can be mounted here, else the reason they cannot.</summary>
    public static string? Unavailable => WhyNot.Value;

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> on <paramref name="path"/> (created if missing).</summary>
    public static SmallDisk Mount(string path, int kilobytes)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path);
        return new SmallDisk(path);
    }

    /// <summary>Writes a filler file until the disk has no room left.</summary>
    public void Fill()
    {
        using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(block);
                filler.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // No space left on device: the disk is full, as wanted.
        }
    }

    /// <summary>Makes the whole file system read-only, as a disk remounted read-only after errors would be.</summary>
    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    // Lazy: a process still holding a file in it (a test host's reader) must not keep the mount or fail the test.
    public void Dispose() => Run("umount", "-l", Path);

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "small disks are tmpfs mounts, which need Linux";
        }

        var probe = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsbot-tests", "mount-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (Mount(probe, 64))
            {
                return null;
            }
        }
        catch (InvalidOperationException exception)
        {
            return $"cannot mount a small tmpfs here (needs root, as in CI): {exception.Message}";
        }
        finally
        {
            try
            {
                Directory.Delete(probe);
            }
            catch (IOException)
            {
                // Still mounted lazily; the OS cleans temp folders.
            }
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start");
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed: {error.Trim()}");
            }
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{command} is not available: {exception.Message}", exception);
        }
    }
}
