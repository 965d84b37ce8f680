namespace NewsBot.Testing;

/// <summary>Finds the checkout the tests run from, so tests can use the shipped sample articles.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>NewsBot.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shipped sample articles, <c>index/articles</c>.</summary>
    public static string SampleArticles => Path.Combine(Root, "index", "articles");

    /// <summary>The shipped sample: the seed article under front matter giving its headline, outlet, link and date.</summary>
    public static string SeedArticleFile => Directory.GetFiles(SampleArticles, "*.md").Single();

    /// <summary>The seed article's text, exactly as shipped: the sample file's body, under its front matter.</summary>
    public static string SeedArticleText
    {
        get
        {
            var file = File.ReadAllText(SeedArticleFile);
            var closing = file.IndexOf("\n---\n", StringComparison.Ordinal);
            return file[(closing + "\n---\n".Length)..];
        }
    }

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
