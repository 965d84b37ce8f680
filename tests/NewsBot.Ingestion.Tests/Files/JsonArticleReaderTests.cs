using NewsBot.Ingestion.Tests.Support;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Files;

public sealed class JsonArticleReaderTests
{
    [Fact]
    public async Task One_article_object_is_read_with_aliases_and_unknown_fields_ignored()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.json", """
            {"id": "x1", "title": "Headline", "body": "Body text here.", "date": "2025-11-21",
             "url": "https://a.example/x", "outlet": "A News", "author": "Sam", "categories": ["Politics"], "source": "wire"}
            """);

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path)).Articles);

        Assert.Equal(("x1", "Headline", "Body text here.", "A News", "Sam"), (article.Id, article.Title, article.Text, article.Outlet, article.Author));
        Assert.Equal(new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public async Task Array_items_are_read_in_order_and_a_bad_item_is_skipped_alone()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.WriteFile("many.json", """
            [
              {"title": "First", "content": "First story."},
              42,
              {"title": "No text"},
              {"title": "Fourth", "text": "Fourth story."}
            ]
            """);

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal(["First", "Fourth"], batch.Articles.Select(a => a.Title));
        Assert.Equal([$"{path}#0", $"{path}#3"], batch.Articles.Select(a => a.Location));
        Assert.NotEqual(batch.Articles[0].Id, batch.Articles[1].Id);
        Assert.Equal([$"{path}#1", $"{path}#2"], batch.Skipped.Select(s => s.Location));
        Assert.Contains("found a JSON number", batch.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("no article text", batch.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_json_file_is_skipped_with_its_line()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("bad.json", "{\n  \"title\": \"x\",\n  \"text\": \n}");
        folder.WriteFile("good.json", "{\"text\": \"Still read.\"}");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("Still read.", Assert.Single(batch.Articles).Text);
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal("The file is not valid JSON.", skipped.Reason);
        Assert.Equal(4, skipped.Line);
    }

    [Fact]
    public async Task Json_that_is_not_an_article_is_skipped()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("config.json", "\"just a string\"");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Empty(batch.Articles);
        Assert.Contains("Expected an article object", Assert.Single(batch.Skipped).Reason, StringComparison.Ordinal);
    }
}
