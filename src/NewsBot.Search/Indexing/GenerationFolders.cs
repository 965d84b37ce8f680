namespace NewsBot.Search.Indexing;

/// <summary>
/// The layout under the index path: one folder per index generation, a pointer file naming the live one and a list of
/// the previous ones kept for a rollback. Swapping is one atomic rename of the pointer, so a reader sees either the old
/// or the new generation, never half.
/// </summary>
internal sealed class GenerationFolders(string root)
{
    private const string PointerFileName = "CURRENT";
    private const string PreviousFileName = "PREVIOUS";
    private const string Prefix = "gen-";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The live generation's folder name, or null when no generation was ever swapped in.</summary>
    public string? ReadPointer()
    {
        var pointer = Path.Combine(Root, PointerFileName);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var name = File.ReadAllText(pointer).Trim();
        return name.Length == 0 ? string.Empty : name;
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
        return File.Exists(file)
            ? File.ReadAllLines(file).Select(line => line.Trim()).Where(line => line.Length > 0).ToList()
            : [];
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
