using System.Globalization;
using NewsBot.Core.Sources;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Lists the article files under a folder without recursion: hidden entries ignored, links to folders never followed
/// (a link back into the tree would loop, one out of it would read what the operator did not point at), every folder
/// visited once by its full path, at most <see cref="FolderOptions.MaxDepth"/> deep and
/// <see cref="FolderOptions.MaxFiles"/> files. What it does not walk is reported with the reason.
/// </summary>
internal static class FolderWalker
{
    /// <summary>The files under <paramref name="root"/> as (full path, path relative to the root with '/'), in ordinal order of the latter.</summary>
    public static List<(string Path, string Relative)> List(string root, FolderOptions options, List<SkippedItem> skipped)
    {
        var files = new List<(string Path, string Relative)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (folder, depth) = pending.Pop();
            if (!visited.Add(Path.GetFullPath(folder)))
            {
                continue;
            }

            string[] entries, folders;
            try
            {
                entries = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedItem(folder, null, $"The folder could not be listed ({ex.Message.TrimEnd('.')})."));
                continue;
            }

            files.AddRange(entries.Where(file => !IsHidden(file)).Select(file => (file, Path.GetRelativePath(root, file).Replace('\\', '/'))));
            foreach (var sub in folders.Where(sub => !IsHidden(sub)))
            {
                if (new DirectoryInfo(sub).LinkTarget is { } target)
                {
                    skipped.Add(new SkippedItem(sub, null, $"Not followed: the folder is a link (to {target}), and links to folders are never walked."));
                }
                else if (depth + 1 > options.MaxDepth)
                {
                    skipped.Add(new SkippedItem(sub, null, $"Not read: the folder lies more than {options.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels deep (Folders:MaxDepth)."));
                }
                else
                {
                    pending.Push((sub, depth + 1));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        if (files.Count > options.MaxFiles)
        {
            skipped.Add(new SkippedItem(root, null,
                $"The folder holds {files.Count.ToString(CultureInfo.InvariantCulture)} files; only the first {options.MaxFiles.ToString(CultureInfo.InvariantCulture)} in path order were read (Folders:MaxFiles)."));
            files.RemoveRange(options.MaxFiles, files.Count - options.MaxFiles);
        }

        return files;
    }

    /// <summary>Whether <paramref name="path"/> lies inside <paramref name="root"/> (both full paths).</summary>
    public static bool IsInside(string root, string path)
    {
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) || path == Path.TrimEndingDirectorySeparator(root);
    }

    private static bool IsHidden(string path) =>
        Path.GetFileName(path).StartsWith('.') || File.GetAttributes(path).HasFlag(FileAttributes.Hidden);
}
