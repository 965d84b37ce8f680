namespace NewsBot.Ingestion.Tests.Support;

/// <summary>The seed article shipped in the repository's index/articles folder, under its front matter.</summary>
internal static class SeedArticle
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsBot.sln")))
                {
                    return Directory.GetFiles(System.IO.Path.Combine(dir.FullName, "index", "articles"), "*.md").Single();
                }
            }

            throw new InvalidOperationException("NewsBot.sln was not found above the test's base directory.");
        }
    }

    /// <summary>The seed's own text: the sample file's body, under the front matter's closing line.</summary>
    public static string Text
    {
        get
        {
            var file = File.ReadAllText(Path).ReplaceLineEndings("\n");
            return file[(file.IndexOf("\n---\n", StringComparison.Ordinal) + "\n---\n".Length)..];
        }
    }

    public static string FirstParagraph => Text.Split('\n')[0];
}
