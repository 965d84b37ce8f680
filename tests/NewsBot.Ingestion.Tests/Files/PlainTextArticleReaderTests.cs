using NewsBot.Ingestion.Tests.Support;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Files;

public sealed class PlainTextArticleReaderTests
{
    [Fact]
    public async Task Text_file_is_read_whole_with_BOM_stripped_and_line_endings_normalised()
    {
        using var folder = new TemporaryDirectory();
        var path = WriteBytes(folder, "story.txt", [0xEF, 0xBB, 0xBF, .. "First line. Still first.\r\nSecond line.\rThird."u8.ToArray()]);

        var batch = await FolderReading.ReadAsync(folder.Path, outlet: "Local Paper", label: "center");

        var article = Assert.Single(batch.Articles);
        Assert.Equal("First line. Still first.\nSecond line.\nThird.", article.Text);
        Assert.Equal("First line", article.Title);
        Assert.Equal("Local Paper", article.Outlet);
        Assert.Equal("center", article.Label);
        Assert.Equal(path, article.Location);
        Assert.Null(article.Published);
        Assert.Null(article.Url);
    }

    [Fact]
    public async Task The_seed_article_as_a_bare_text_file_is_titled_from_its_file_name_and_not_from_its_lede()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("2025-11-21-trump-mamdani-white-house-meeting.txt", SeedArticle.Text);

        var batch = await FolderReading.ReadAsync(folder.Path);

        var article = Assert.Single(batch.Articles);
        Assert.Equal("Trump Mamdani White House Meeting", article.Title);
        Assert.StartsWith("On Nov. 21, 2025,", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_named_only_by_date_is_titled_by_its_first_main_clause()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("2025-11-21.txt", "On Nov. 21, 2025, the council approved the budget, ending a long standoff. More followed.");

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path)).Articles);

        Assert.Equal("The council approved the budget", article.Title);
    }

    [Fact]
    public async Task Long_lede_becomes_a_title_cut_at_a_word_boundary()
    {
        using var folder = new TemporaryDirectory();
        var lede = string.Join(' ', Enumerable.Repeat("Lawmakers argued", 20)) + ".";
        folder.WriteFile("long.txt", lede + " Then they voted.");

        var batch = await FolderReading.ReadAsync(folder.Path);

        var title = Assert.Single(batch.Articles).Title;
        Assert.True(title.Length <= 101, title);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.StartsWith(title[..^1] + " ", lede, StringComparison.Ordinal);
    }

    private static string WriteBytes(TemporaryDirectory folder, string relativePath, byte[] content)
    {
        var path = folder.Combine(relativePath);
        File.WriteAllBytes(path, content);
        return path;
    }
}
