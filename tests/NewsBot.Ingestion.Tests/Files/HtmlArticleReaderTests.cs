using NewsBot.Ingestion.Tests.Support;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Files;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Mayor meets president | City Times</title>
          <meta property="og:title" content="Mayor meets president">
          <meta property="og:site_name" content="City Times">
          <meta name="author" content="Jane Roe">
          <meta property="article:published_time" content="2025-11-21T15:00:00Z">
          <link rel="canonical" href="https://citytimes.example/mayor-meets-president">
        </head><body>
          <nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
          <article>
            <h1>Mayor meets president</h1>
            <p>The mayor-elect met the president at the White House on Friday, in a meeting that both sides
               described as cordial and productive for the city and its residents.</p>
            <p>The two men discussed affordability, housing and public safety, according to aides who spoke
               after the meeting ended and who asked not to be named.</p>
            <p>Further talks are expected in the coming weeks, aides said, though no date has been set for them
               and both offices declined to comment on the details.</p>
          </article>
          <footer>Copyright City Times</footer>
        </body></html>
        """;

    [Fact]
    public async Task Page_gives_readable_paragraphs_and_head_metadata()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("page.html", Page);

        var batch = await FolderReading.ReadAsync(folder.Path);

        var article = Assert.Single(batch.Articles);
        Assert.Equal("Mayor meets president", article.Title);
        Assert.Equal("City Times", article.Outlet);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal("https://citytimes.example/mayor-meets-president", article.Url);
        Assert.Equal(new DateTimeOffset(2025, 11, 21, 15, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Contains("The mayor-elect met the president at the White House on Friday, in a meeting that both sides described as cordial", article.Text, StringComparison.Ordinal);
        Assert.Contains("productive for the city and its residents.\n\nThe two men discussed", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Politics", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_without_meta_tags_falls_back_to_title_element_and_time_element()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("page.htm", """
            <html><head><title>Plain page</title></head><body>
            <p>Published <time datetime="2025-11-04">Nov. 4</time>. Voters chose a new mayor in a close race that drew record turnout across all five boroughs.</p>
            </body></html>
            """);

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path, outlet: "Fallback Outlet")).Articles);

        Assert.Equal("Plain page", article.Title);
        Assert.Equal("Fallback Outlet", article.Outlet);
        Assert.Equal(new DateTimeOffset(2025, 11, 4, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Contains("Voters chose a new mayor", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relative_canonical_link_is_not_taken_as_the_url()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("page.html", Page.Replace("https://citytimes.example/mayor-meets-president", "/mayor-meets-president", StringComparison.Ordinal));

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path)).Articles);

        Assert.Null(article.Url);
        Assert.Contains("The two men discussed", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_without_text_is_skipped()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("empty.html", "<html><head><title>Nothing</title></head><body><img src='x.png'></body></html>");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Empty(batch.Articles);
        Assert.Equal("The page has no readable article text.", Assert.Single(batch.Skipped).Reason);
    }
}
