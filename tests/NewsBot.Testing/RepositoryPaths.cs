namespace NewsBot.Testing;

/// <summary>Finds the checkout the tests run from, so tests can use the shipped sample articles.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>NewsBot.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shipped sample articles, <c>index/articles</c>.</summary>
    public static string SampleArticles => Path.Combine(Root, "index", "articles");

    /// <summary>The seed article's text, exactly as shipped.</summary>
    public static string SeedArticleText => File.ReadAllText(Directory.GetFiles(SampleArticles, "*.txt").Single());

    /// <summary><c>../shared</c> beside the checkout, or null where the checkout stands alone (tests using it skip).</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
