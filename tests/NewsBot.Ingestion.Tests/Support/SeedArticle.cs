namespace NewsBot.Ingestion.Tests.Support;

/// <summary>The seed article shipped in the repository's index/articles folder.</summary>
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
                    return Directory.GetFiles(System.IO.Path.Combine(dir.FullName, "index", "articles"), "*.txt").Single();
                }
            }

            throw new InvalidOperationException("NewsBot.sln was not found above the test's base directory.");
        }
    }

    public static string Text => File.ReadAllText(Path).ReplaceLineEndings("\n");

    public static string FirstParagraph => Text.Split('\n')[0];
}
