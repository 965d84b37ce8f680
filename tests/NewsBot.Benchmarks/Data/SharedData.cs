namespace NewsBot.Benchmarks.Data;

/// <summary>Finds <c>../shared</c> (the read-only data beside the checkout) by walking up to the folder holding <c>NewsBot.sln</c>.</summary>
internal static class SharedData
{
    /// <summary>The shared folder, or null when the checkout stands alone.</summary>
    public static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }

    /// <summary>The shared folder, or throws with the message the program prints.</summary>
    public static string Require() => Find()
        ?? throw new DirectoryNotFoundException("../shared (beside the folder holding NewsBot.sln) is not there; the benchmarks need its corpora.");
}
