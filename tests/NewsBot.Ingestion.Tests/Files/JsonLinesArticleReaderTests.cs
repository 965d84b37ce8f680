using NewsBot.Ingestion.Tests.Support;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Files;

public sealed class JsonLinesArticleReaderTests
{
    [Fact]
    public async Task Each_line_is_an_article_blank_lines_ignored_and_broken_lines_skipped_alone()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.WriteFile("corpus.jsonl", """
            {"id": "enwikinews-1", "title": "One", "published": "2004-11-13", "url": "https://en.wikinews.org/wiki/One", "outlet": "Wikinews", "categories": ["Brazil"], "text": "First text."}

            {"title": "Two", "text": "Second text.
            {"title": "Three", "text": "Third text.", "published": "13/45/2004"}
            [1, 2]
            {"id": "MED-10", "title": "Four", "text": "Fourth text.", "source": "nfcorpus"}
            """);

        var batch = await FolderReading.ReadAsync(path);

        Assert.Equal(["enwikinews-1", "MED-10"], batch.Articles.Select(a => a.Id));
        Assert.Equal([$"{path}:1", $"{path}:6"], batch.Articles.Select(a => a.Location));
        Assert.Equal([3, 4, 5], batch.Skipped.Select(s => s.Line));
        Assert.Equal("The line is not valid JSON.", batch.Skipped[0].Reason);
        Assert.Contains("'13/45/2004' is not a valid date", batch.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.Contains("found a JSON array", batch.Skipped[2].Reason, StringComparison.Ordinal);
        Assert.All(batch.Skipped, s => Assert.Equal(path, s.Location));
    }

    [Fact]
    public async Task Lines_without_id_get_distinct_stable_ids()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.WriteFile("c.jsonl", "{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n");

        var first = await FolderReading.ReadAsync(path);
        var second = await FolderReading.ReadAsync(path);

        Assert.Equal(2, first.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(first.Articles.Select(a => a.Id), second.Articles.Select(a => a.Id));
    }

    [SharedDataTheory]
    [InlineData("news/wikinews/corpus.jsonl")]
    [InlineData("eval/squad-dev/corpus.jsonl")]
    [InlineData("eval/nfcorpus/corpus.jsonl")]
    public async Task Shared_corpus_lines_are_read_as_they_are(string relative)
    {
        var shared = SharedData.Find(relative) ?? throw new InvalidOperationException($"{relative} is missing from the shared data.");

        using var folder = new TemporaryDirectory();
        var sample = folder.WriteFile("sample.jsonl", string.Join('\n', File.ReadLines(shared).Take(20)));

        var batch = await FolderReading.ReadAsync(sample);

        Assert.Empty(batch.Skipped);
        Assert.Equal(20, batch.Articles.Count);
        Assert.All(batch.Articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Title)));
    }
}
