using NewsBot.Ingestion.Tests.Support;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Files;

public sealed class MarkdownArticleReaderTests
{
    [Fact]
    public async Task Front_matter_gives_the_metadata_and_the_body_is_kept_verbatim()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.md", """
            ---
            title: "Council passes budget"
            outlet: City Times
            url: https://citytimes.example/budget?utm_source=feed
            author: Jane Roe
            published: 2025-11-20T18:30:00-05:00
            tags: [budget, council]
            ---
            The council passed the budget.

            It takes effect in January.
            """);

        var batch = await FolderReading.ReadAsync(folder.Path);

        var article = Assert.Single(batch.Articles);
        Assert.Equal("Council passes budget", article.Title);
        Assert.Equal("City Times", article.Outlet);
        Assert.Equal("https://citytimes.example/budget?utm_source=feed", article.Url);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 18, 30, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.Equal("The council passed the budget.\n\nIt takes effect in January.", article.Text);
        Assert.Empty(batch.Skipped);
    }

    [Fact]
    public async Task The_operators_configured_outlet_wins_over_the_one_the_front_matter_names()
    {
        using var folder = new NewsBot.Testing.TemporaryDirectory();
        folder.WriteFile("a.md", "---\ntitle: Budget\noutlet: Trusted Times\n---\nThe council passed the budget.\n");

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path, outlet: "Configured Outlet")).Articles);

        Assert.Equal("Configured Outlet", article.Outlet);
    }

    [Fact]
    public async Task Explicit_id_and_date_alias_are_used()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.md", "---\nid: story-42\ndate: 2025-11-04\n---\nVoters went to the polls.\n");

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path)).Articles);

        Assert.Equal("story-42", article.Id);
        Assert.Equal(new DateTimeOffset(2025, 11, 4, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Voters went to the polls", article.Title);
    }

    [Fact]
    public async Task Markdown_without_front_matter_is_all_body()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.md", "Just a story. No metadata.\n");

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path)).Articles);

        Assert.Equal("Just a story. No metadata.\n", article.Text);
    }

    [Fact]
    public async Task Front_matter_without_closing_line_is_skipped_and_other_files_still_read()
    {
        using var folder = new TemporaryDirectory();
        var broken = folder.WriteFile("a.md", "---\ntitle: Never closed\nThe body.\n");
        folder.WriteFile("b.md", "---\ntitle: Fine\n---\nA fine story.\n");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("Fine", Assert.Single(batch.Articles).Title);
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal(broken, skipped.Location);
        Assert.Equal(1, skipped.Line);
        Assert.Contains("closing '---'", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_yaml_is_skipped_with_its_line()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.md", "---\ntitle: ok\nauthor: [unclosed\n---\nBody.\n");

        var skipped = Assert.Single((await FolderReading.ReadAsync(folder.Path)).Skipped);

        Assert.Contains("not valid YAML", skipped.Reason, StringComparison.Ordinal);
        Assert.NotNull(skipped.Line);
    }

    [Fact]
    public async Task Invalid_published_date_skips_the_article_with_the_date_in_the_reason()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.md", "---\npublished: next Thursday-ish\n---\nBody text.\n");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Empty(batch.Articles);
        Assert.Contains("'next Thursday-ish' is not a valid date", Assert.Single(batch.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Front_matter_without_body_is_skipped_as_missing_text()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.md", "---\ntitle: Only a title\n---\n\n");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Empty(batch.Articles);
        Assert.Equal("The article has no text.", Assert.Single(batch.Skipped).Reason);
    }
}
