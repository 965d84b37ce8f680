using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.Ingestion.Tests.Support;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Files;

public sealed class FolderSourceTests
{
    [Fact]
    public async Task Folder_is_read_recursively_in_ordinal_path_order_ignoring_hidden_entries()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("b.txt", "B story.");
        folder.WriteFile("A/z.txt", "Z story.");
        folder.WriteFile("a.txt", "A story.");
        folder.WriteFile(".hidden.txt", "Hidden story.");
        folder.WriteFile(".git/config.txt", "Not a story.");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.True(batch.Succeeded);
        Assert.Equal(["Z story.", "A story.", "B story."], batch.Articles.Select(a => a.Text));
        Assert.Empty(batch.Skipped);
        Assert.All(batch.Articles, a => Assert.Equal("test", a.SourceName));
    }

    [Fact]
    public async Task Missing_folder_fails_the_batch_with_its_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "newsbot-missing-" + Guid.NewGuid().ToString("N"));

        var batch = await FolderReading.ReadAsync(missing);

        Assert.False(batch.Succeeded);
        Assert.Contains(missing, batch.Failure, StringComparison.Ordinal);
        Assert.Empty(batch.Articles);
    }

    [Fact]
    public async Task Bad_files_are_skipped_with_reasons_in_the_batch_while_good_ones_are_read()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("good.txt", "A good story.");
        var empty = folder.WriteFile("empty.txt", "");
        var blank = folder.WriteFile("blank.md", "  \n\n ");
        var binary = WriteBytes(folder, "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        var latin1 = WriteBytes(folder, "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73, 0x2E]);
        var pdf = folder.WriteFile("report.pdf", "%PDF-1.4");
        var logger = new FakeLogger();

        var batch = await FolderReading.ReadAsync(folder.Path, logger: logger);

        Assert.Equal("A good story.", Assert.Single(batch.Articles).Text);
        var reasons = batch.Skipped.ToDictionary(s => s.Location, s => s.Reason);
        Assert.StartsWith("The file is empty", reasons[empty], StringComparison.Ordinal);
        Assert.Equal("The file is empty.", reasons[blank]);
        Assert.Contains("binary", reasons[binary], StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", reasons[latin1], StringComparison.Ordinal);
        Assert.Contains("'.pdf' are not read", reasons[pdf], StringComparison.Ordinal);
        Assert.Equal(5, batch.Skipped.Count);
        // The refresh that reads the batch logs what was skipped, once; the source itself does not.
        Assert.DoesNotContain(logger.Collector.GetSnapshot(), record => record.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Unreadable_file_is_skipped_with_the_reason()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("good.txt", "A good story.");
        var dangling = Path.Combine(folder.Path, "gone.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(folder.Path, "no-such-target.txt"));

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Single(batch.Articles);
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal(dangling, skipped.Location);
        Assert.StartsWith("The file could not be read", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16_file_with_BOM_is_read()
    {
        using var folder = new TemporaryDirectory();
        WriteBytes(folder, "u16.txt", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("Wide story.")]);

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("Wide story.", Assert.Single(batch.Articles).Text);
    }

    [Fact]
    public async Task Ids_come_from_the_explicit_id_then_the_normalised_url_then_the_path()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.json", "{\"id\": \"given\", \"text\": \"One.\", \"url\": \"https://x.example/1\"}");
        folder.WriteFile("b.json", "{\"text\": \"Two.\", \"url\": \"https://X.example/2/?utm_source=a\"}");
        folder.WriteFile("c.json", "{\"text\": \"Three.\", \"url\": \"https://x.example/2\"}");
        folder.WriteFile("d.txt", "Four.");

        var batch = await FolderReading.ReadAsync(folder.Path);

        var ids = batch.Articles.Select(a => a.Id).ToArray();
        Assert.Equal("given", ids[0]);
        Assert.Equal(ids[1], ids[2]);
        Assert.Matches("^[0-9a-f]{16}$", ids[3]);
        Assert.NotEqual(ids[1], ids[3]);
    }

    [Fact]
    public async Task Ids_from_paths_do_not_depend_on_where_the_folder_lives()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        first.WriteFile("sub/story.txt", "Same place.");
        second.WriteFile("sub/story.txt", "Same place, other words.");

        var a = Assert.Single((await FolderReading.ReadAsync(first.Path)).Articles);
        var b = Assert.Single((await FolderReading.ReadAsync(second.Path)).Articles);

        Assert.Equal(a.Id, b.Id);
    }

    [Fact]
    public async Task Cancellation_stops_the_read()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.txt", "A.");
        var source = new NewsBot.Ingestion.Files.FolderSource(
            new NewsBot.Ingestion.Sources.SourceOptions { Name = "test", Location = folder.Path },
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.ReadAsync(new CancellationToken(canceled: true)));
    }

    private static string WriteBytes(TemporaryDirectory folder, string relativePath, byte[] content)
    {
        var path = folder.Combine(relativePath);
        File.WriteAllBytes(path, content);
        return path;
    }
}
