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
        Assert.Equal("First line.", article.Title);
        Assert.Equal("Local Paper", article.Outlet);
        Assert.Equal("center", article.Label);
        Assert.Equal(path, article.Location);
        Assert.Null(article.Published);
        Assert.Null(article.Url);
    }

    [Fact]
    public async Task Long_lede_becomes_a_title_cut_at_a_word_boundary()
    {
        using var folder = new TemporaryDirectory();
        var lede = string.Join(' ', Enumerable.Repeat("Lawmakers argued", 20)) + ".";
        folder.WriteFile("long.txt", lede + " Then they voted.");

        var batch = await FolderReading.ReadAsync(folder.Path);

        var title = Assert.Single(batch.Articles).Title;
        Assert.True(title.Length <= 151, title);
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
