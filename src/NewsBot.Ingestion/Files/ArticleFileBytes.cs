using System.Globalization;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Reads one article file's bytes within <see cref="FolderOptions.MaxFileBytes"/>, streamed, and only when it is a
/// regular file: a link is followed only to a file inside the source's folder, and anything without a size (a named
/// pipe, which would block the read, or a device such as <c>/dev/zero</c>, which never ends) is never opened.
/// </summary>
internal static class ArticleFileBytes
{
    /// <summary>The bytes, or null and a one-sentence reason.</summary>
    public static async Task<(byte[]? Bytes, string? Problem)> ReadAsync(string path, string root, FolderOptions options, CancellationToken cancellationToken)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (file.LinkTarget is not null)
            {
                if (file.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo { Exists: true } target)
                {
                    return (null, "The file could not be read (it is a link to nothing that exists).");
                }

                if (!FolderWalker.IsInside(root, target.FullName))
                {
                    return (null, $"Not followed: the file is a link out of the source's folder (to {target.FullName}).");
                }

                file = target;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"The file could not be read ({ex.Message.TrimEnd('.')}).");
        }

        // A pipe or a device reports no size; only a regular file has one, and only a regular file is read.
        if (file.Length == 0)
        {
            return (null, "The file is empty (pipes and devices, which have no size, are never read either).");
        }

        if (file.Length > options.MaxFileBytes)
        {
            return (null, TooLarge(file.Length, options));
        }

        try
        {
            var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[(int)file.Length];
                var total = 0;
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total == buffer.Length)
                    {
                        // The file may have grown since it was measured: keep reading, within the bound.
                        if (buffer.Length >= options.MaxFileBytes)
                        {
                            return await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0
                                ? (null, TooLarge(total + 1L, options))
                                : (buffer, null);
                        }

                        Array.Resize(ref buffer, (int)Math.Min(options.MaxFileBytes, buffer.Length * 2L));
                    }
                }

                return (total == buffer.Length ? buffer : buffer[..total], null);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"The file could not be read ({ex.Message.TrimEnd('.')}).");
        }
    }

    private static string TooLarge(long length, FolderOptions options) =>
        $"The file is {length.ToString("N0", CultureInfo.InvariantCulture)} bytes or more, larger than {options.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} (Folders:MaxFileBytes).";
}
