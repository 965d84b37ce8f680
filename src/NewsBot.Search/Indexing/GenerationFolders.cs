namespace NewsBot.Search.Indexing;

/// <summary>
/// The layout under the index path: one folder per index generation and a pointer file naming the live one.
/// Swapping is one atomic rename of the pointer, so a reader sees either the old or the new generation, never half.
/// </summary>
internal sealed class GenerationFolders(string root)
{
    private const string PointerFileName = "CURRENT";
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
    public void WritePointer(string generation)
    {
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, $"{PointerFileName}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(generation);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path.Combine(Root, PointerFileName), overwrite: true);
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

        foreach (var temporary in Directory.EnumerateFiles(Root, PointerFileName + ".*.tmp"))
        {
            TryDelete(() => File.Delete(temporary));
        }
    }

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
