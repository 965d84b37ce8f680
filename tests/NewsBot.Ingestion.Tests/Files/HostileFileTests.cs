using System.Diagnostics;
using System.Text;
using NewsBot.Ingestion.Tests.Support;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Files;

/// <summary>Files and folders written to hurt the reader: each is skipped with its reason, and the rest is still read.</summary>
public sealed class HostileFileTests
{
    [Fact]
    public async Task Front_matter_nested_ten_thousand_deep_is_skipped_with_a_reason_instead_of_overflowing_the_stack()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("good.txt", "A good story.");
        var deep = folder.WriteFile("deep.md", "---\ntitle: Deep\ntags: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\nBody text.\n");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("A good story.", Assert.Single(batch.Articles).Text);
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal(deep, skipped.Location);
        Assert.Contains("nested", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Front_matter_larger_than_the_limit_is_skipped_with_a_reason()
    {
        using var folder = new TemporaryDirectory();
        var large = folder.WriteFile("large.md", "---\ntitle: Large\nnotes: " + new string('x', 200_000) + "\n---\nBody text.\n");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Empty(batch.Articles);
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal(large, skipped.Location);
        Assert.Contains("front matter", skipped.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_file_larger_than_MaxFileBytes_is_skipped_without_being_read_whole()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("good.txt", "A good story.");
        var huge = folder.Combine("huge.txt");
        await using (var stream = File.Create(huge))
        {
            stream.SetLength(11L * 1024 * 1024);
        }

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("A good story.", Assert.Single(batch.Articles).Text);
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal(huge, skipped.Location);
        Assert.Contains("Folders:MaxFileBytes", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_dev_zero_is_skipped_as_not_a_regular_file()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("good.txt", "A good story.");
        var zero = folder.Combine("zero.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("A good story.", Assert.Single(batch.Articles).Text);
        Assert.Equal(zero, Assert.Single(batch.Skipped).Location);
    }

    [Fact]
    public async Task A_named_pipe_is_skipped_instead_of_hanging_the_read()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("good.txt", "A good story.");
        var fifo = folder.Combine("pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        // A hang is the failure this guards against: the token ends the read instead of the test run.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var read = FolderReading.ReadAsync(folder.Path);
        var finished = await Task.WhenAny(read, Task.Delay(Timeout.Infinite, timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default));
        if (finished != read)
        {
            // Unblock the reader by opening the pipe's other end, then report the hang.
            await File.WriteAllTextAsync(fifo, string.Empty);
            Assert.Fail("Reading the folder blocked on a named pipe.");
        }

        var batch = await read;
        Assert.Equal("A good story.", Assert.Single(batch.Articles).Text);
        Assert.Equal(fifo, Assert.Single(batch.Skipped).Location);
    }

    [Fact]
    public async Task A_folder_link_back_into_the_tree_is_not_followed()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("news/a.txt", "A story.");
        var loop = folder.Combine("news", "again");
        Directory.CreateSymbolicLink(loop, ".");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("A story.", Assert.Single(batch.Articles).Text);
        Assert.Contains(batch.Skipped, item => item.Location == loop && item.Reason.Contains("link", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_link_out_of_the_tree_is_not_followed()
    {
        using var outside = new TemporaryDirectory();
        outside.WriteFile("secret.txt", "Not for indexing.");
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.txt", "A story.");
        Directory.CreateSymbolicLink(folder.Combine("elsewhere"), outside.Path);

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("A story.", Assert.Single(batch.Articles).Text);
        Assert.Contains(batch.Skipped, item => item.Location == folder.Combine("elsewhere"));
    }

    [Fact]
    public async Task Folders_nested_deeper_than_the_limit_are_reported_and_not_walked()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("a.txt", "A story.");
        var deep = new StringBuilder();
        for (var i = 0; i < 40; i++)
        {
            deep.Append("d/");
        }

        folder.WriteFile(deep + "deep.txt", "Too deep.");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("A story.", Assert.Single(batch.Articles).Text);
        Assert.Contains(batch.Skipped, item => item.Reason.Contains("Folders:MaxDepth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_page_of_a_hundred_thousand_nested_divs_is_skipped_with_its_reason()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("good.txt", "A good story.");
        var deep = folder.WriteFile("deep.html", NestedDivs(100_000));

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("A good story.", Assert.Single(batch.Articles).Text);
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal(deep, skipped.Location);
        Assert.Contains("Folders:MaxHtml", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_page_nested_five_thousand_deep_is_skipped_for_its_depth()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("deep.html", NestedDivs(5_000));

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Empty(batch.Articles);
        Assert.Contains("Folders:MaxHtmlDepth", Assert.Single(batch.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citation_url_with_a_user_info_part_is_not_kept_and_the_reason_is_reported()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.WriteFile("a.json", """{"title": "Budget", "text": "The council passed the budget.", "url": "https://trusted.example@evil.example/budget"}""");

        var batch = await FolderReading.ReadAsync(folder.Path);

        var article = Assert.Single(batch.Articles);
        Assert.Null(article.Url);
        Assert.DoesNotContain("evil.example", article.Id, StringComparison.Ordinal);
        var reported = Assert.Single(batch.Skipped);
        Assert.Equal(file, reported.Location);
        Assert.Contains("user", reported.Reason, StringComparison.Ordinal);
    }

    internal static string NestedDivs(int depth) =>
        "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
        + "<p>The council met on Tuesday and voted to approve the budget for the coming year after a long debate.</p>"
        + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    [Fact]
    public async Task Escape_sequences_in_a_files_title_outlet_text_and_name_never_reach_the_article()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile(
            "Council\u001b]0;pwned\u0007 vote.md",
            "---\noutlet: \"Wire\u001b[2J\"\nurl: https://example.org/vote\n---\n"
            + "The council voted \u001b]8;;http://evil.example/\u0007click\u001b]8;;\u0007 to fund the park.\u0085\nIt passed by nine votes.\n");

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path)).Articles);

        foreach (var field in new[] { article.Title, article.Text, article.Outlet! })
        {
            Assert.DoesNotContain(field, c => c < ' ' && c != '\n' || c is >= '\u007f' and <= '\u009f');
        }

        Assert.Equal("Wire[2J", article.Outlet);
        Assert.Contains("voted ]8;;http://evil.example/click]8;; to fund the park.", article.Text, StringComparison.Ordinal);
        Assert.Contains("\nIt passed by nine votes.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_of_fifty_thousand_characters_on_several_lines_is_kept_as_one_bounded_line()
    {
        using var folder = new TemporaryDirectory();
        var title = string.Concat(Enumerable.Repeat("Mayor\nresigns ", 5_000));
        folder.WriteFile("long.json", $$"""{"title": "{{title.Replace("\n", "\\n", StringComparison.Ordinal)}}", "text": "The mayor resigned on Monday."}""");

        var article = Assert.Single((await FolderReading.ReadAsync(folder.Path)).Articles);

        Assert.InRange(article.Title.Length, 100, 301);
        Assert.DoesNotContain('\n', article.Title);
        Assert.StartsWith("Mayor resigns Mayor resigns", article.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_dates_of_year_0001_or_9999_are_refused_with_the_reason_and_the_rest_is_read()
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("items.jsonl", string.Join('\n',
            """{"title": "Ancient", "published": "0001-01-01", "text": "The council met in year one."}""",
            """{"title": "Future", "published": "9999-12-31", "text": "The council will meet at the end of time."}""",
            """{"title": "Today", "published": "2025-11-20", "text": "The council met on Thursday."}"""));

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Equal("Today", Assert.Single(batch.Articles).Title);
        Assert.Collection(
            batch.Skipped.OrderBy(item => item.Line),
            ancient => Assert.Contains("0001-01-01 is before 1900", ancient.Reason, StringComparison.Ordinal),
            future => Assert.Contains("9999-12-31 is in the future", future.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("news/park.html")]
    public async Task A_front_matter_url_that_is_not_http_is_not_kept_as_the_citation(string url)
    {
        using var folder = new TemporaryDirectory();
        folder.WriteFile("park.md", $"---\ntitle: Council funds the park\nurl: \"{url}\"\n---\nThe council voted to fund the park.\n");

        var batch = await FolderReading.ReadAsync(folder.Path);

        Assert.Null(Assert.Single(batch.Articles).Url);
        Assert.Contains("not an absolute http(s) address", Assert.Single(batch.Skipped).Reason, StringComparison.Ordinal);
    }
}
