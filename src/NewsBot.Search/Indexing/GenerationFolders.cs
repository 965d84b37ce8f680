using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Search.Indexing;

/// <summary>
/// The layout under the index path: one folder per index generation, a pointer file naming the live one and a list of
/// the previous ones kept for a rollback. Swapping is one atomic rename of the pointer, so a reader sees either the old
/// or the new generation, never half.
/// </summary>
/// <remarks>
/// A generation is marked complete (a <c>COMPLETE</c> file inside it) before the pointer first names it, and damaged (a
/// <c>DAMAGED</c> file) when reading it failed; a pointer that cannot be read falls back to the newest complete
/// generation that is not damaged, so a power loss that leaves the pointer full of NUL bytes loses nothing.
/// </remarks>
internal sealed partial class GenerationFolders(string root)
{
    private const string PointerFileName = "CURRENT";
    private const string PreviousFileName = "PREVIOUS";
    private const string Prefix = "gen-";
    private const string CompleteMarker = "COMPLETE";
    private const string DamagedMarker = "DAMAGED";

    // A pointer holds one generation name (about 40 characters); anything much longer is not one.
    private const int MaxPointerBytes = 256;

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// The generation name the pointer holds; null when there is no pointer file, and the empty string when the file
    /// holds no generation name (empty, NUL bytes, garbage, too long, unreadable). A name is never a path.
    /// </summary>
    public string? ReadPointer()
    {
        var pointer = Path.Combine(Root, PointerFileName);
        if (!File.Exists(pointer))
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(pointer, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var buffer = new byte[MaxPointerBytes + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var name = read > MaxPointerBytes ? string.Empty : Encoding.UTF8.GetString(buffer, 0, read).Trim();
            return IsGenerationName(name) ? name : string.Empty;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    /// <summary>Whether <paramref name="name"/> is a generation folder's name: "gen-" and letters, digits and dashes only.</summary>
    public static bool IsGenerationName(string name) => GenerationName().IsMatch(name);

    [GeneratedRegex("^gen-[0-9A-Za-z-]{1,100}$")]
    private static partial Regex GenerationName();

    /// <summary>Whether the folder of <paramref name="generation"/> exists.</summary>
    public bool Exists(string generation) => Directory.Exists(PathOf(generation));

    /// <summary>Marks <paramref name="generation"/> complete: written to the end and about to be (or once) live.</summary>
    public void MarkComplete(string generation) => WriteMarker(generation, CompleteMarker);

    /// <summary>Marks <paramref name="generation"/> damaged: reading it failed, so it is never fallen back to.</summary>
    public void MarkDamaged(string generation) => WriteMarker(generation, DamagedMarker);

    /// <summary>Whether <paramref name="generation"/> is complete and not known to be damaged.</summary>
    public bool IsUsable(string generation) =>
        File.Exists(Path.Combine(PathOf(generation), CompleteMarker)) && !File.Exists(Path.Combine(PathOf(generation), DamagedMarker));

    /// <summary>Whether <paramref name="generation"/> was marked damaged.</summary>
    public bool IsDamaged(string generation) => File.Exists(Path.Combine(PathOf(generation), DamagedMarker));

    /// <summary>Whether <paramref name="generation"/> was marked complete.</summary>
    public bool IsMarkedComplete(string generation) => File.Exists(Path.Combine(PathOf(generation), CompleteMarker));

    /// <summary>
    /// The complete, undamaged generations on disk, the one made live most recently first: by when it was marked complete
    /// (a rollback marks its target again), then by name (names sort by creation time).
    /// </summary>
    public IReadOnlyList<string> UsableGenerations() => !Directory.Exists(Root)
        ? []
        : Directory.EnumerateDirectories(Root, Prefix + "*")
            .Select(folder => Path.GetFileName(folder))
            .Where(name => IsGenerationName(name) && IsUsable(name))
            .OrderByDescending(name => File.GetLastWriteTimeUtc(Path.Combine(PathOf(name), CompleteMarker)))
            .ThenByDescending(name => name, StringComparer.Ordinal)
            .ToList();

    private void WriteMarker(string generation, string marker)
    {
        using var stream = new FileStream(Path.Combine(PathOf(generation), marker), FileMode.Create, FileAccess.Write);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Points at <paramref name="generation"/>: write a temporary file, then rename it over the pointer.</summary>
    public void WritePointer(string generation) => WriteAtomically(PointerFileName, generation);

    /// <summary>
    /// The generations that were live before the current one and are kept for a rollback, the most recent first. A
    /// folder not named here (nor by the pointer) is a leftover: a killed build's, or one too old to keep.
    /// </summary>
    public IReadOnlyList<string> ReadPrevious()
    {
        var file = Path.Combine(Root, PreviousFileName);
        try
        {
            // Only generation names count: a list a power loss filled with NUL bytes names nothing.
            return File.Exists(file)
                ? File.ReadAllLines(file).Select(line => line.Trim()).Where(IsGenerationName).ToList()
                : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Records <paramref name="generations"/> as the kept previous ones, the most recent first.</summary>
    public void WritePrevious(IEnumerable<string> generations) => WriteAtomically(PreviousFileName, string.Join('\n', generations));

    // A reader sees the old content or the new, never half: write a temporary file, then rename it over the old one.
    private void WriteAtomically(string fileName, string content)
    {
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, $"{fileName}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path.Combine(Root, fileName), overwrite: true);
    }

    /// <summary>A fresh, unused generation folder name; sortable by creation time for people reading the folder.</summary>
    public string NewGenerationName(DateTimeOffset now) =>
        $"{Prefix}{now.UtcDateTime:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..8]}";

    public string PathOf(string generation) => Path.Combine(Root, generation);

    /// <summary>
    /// Deletes every generation folder (and stray pointer temp files) not in <paramref name="keep"/>: partial builds
    /// of a killed reindex and generations no reader uses any more. A folder still held open is left for next time.
    /// </summary>
    public void DeleteAllExcept(IReadOnlyCollection<string> keep)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, Prefix + "*"))
        {
            if (keep.Contains(Path.GetFileName(folder)))
            {
                continue;
            }

            TryDelete(() => Directory.Delete(folder, recursive: true));
        }

        foreach (var temporary in Directory.EnumerateFiles(Root, "*.tmp").Where(IsOurTemporary))
        {
            TryDelete(() => File.Delete(temporary));
        }
    }

    private static bool IsOurTemporary(string path) =>
        Path.GetFileName(path).StartsWith(PointerFileName + ".", StringComparison.Ordinal)
        || Path.GetFileName(path).StartsWith(PreviousFileName + ".", StringComparison.Ordinal);

    public void TryDeleteGeneration(string generation) => TryDelete(() => Directory.Delete(PathOf(generation), recursive: true));

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (IOException)
        {
            // Still open (on Windows) or vanished meanwhile: the next swap or open tries again.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: a later cleanup will retry.
        }
    }
}
