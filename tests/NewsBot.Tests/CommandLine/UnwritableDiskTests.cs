using NewsBot.Tests.FileSystems;

namespace NewsBot.Tests.CommandLine;

/// <summary>
/// A reindex on a disk that fills up or turns read-only (issue 11 item 11): one line and exit 1, never a stack trace,
/// and the index that was live before still answers.
/// </summary>
public sealed class UnwritableDiskTests
{
    private const string Question = "What did Trump say about working with Mamdani?";

    [SmallDiskFact]
    public async Task A_reindex_on_a_full_disk_is_one_line_and_exit_1_and_the_old_index_still_answers()
    {
        using var cli = new CliRunner();
        using var disk = SmallDisk.Mount(cli.Directory.Combine("disk"), 2048);
        var indexPath = Path.Combine(disk.Path, "lucene");
        Assert.Equal(0, (await cli.RunAsync(["reindex"], ("Index:Path", indexPath))).ExitCode);
        var others = WriteArticles(cli, 40);
        disk.Fill();

        var result = await cli.RunAsync(["reindex", "--from", others, "--allow-shrink"], ("Index:Path", indexPath));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("newsbot: ", StringComparison.Ordinal));
        Assert.Contains("No space left on device", line, StringComparison.Ordinal);
        Assert.Contains("The index is as it was", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Contains("work together", (await cli.RunAsync(["ask", Question], ("Index:Path", indexPath))).Unmarked, StringComparison.Ordinal);
    }

    [SmallDiskFact]
    public async Task A_reindex_on_a_read_only_disk_is_one_line_and_exit_1_and_the_index_on_it_still_answers()
    {
        using var cli = new CliRunner();
        using var disk = SmallDisk.Mount(cli.Directory.Combine("disk"), 2048);
        var indexPath = Path.Combine(disk.Path, "lucene");
        Assert.Equal(0, (await cli.RunAsync(["reindex"], ("Index:Path", indexPath))).ExitCode);
        disk.MakeReadOnly();

        var result = await cli.RunAsync(["reindex"], ("Index:Path", indexPath));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("newsbot: ", StringComparison.Ordinal));
        Assert.Contains("Read-only file system", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Contains("work together", (await cli.RunAsync(["ask", Question], ("Index:Path", indexPath))).Unmarked, StringComparison.Ordinal);
    }

    // Made-up articles, enough that their index cannot fit in what is left of the disk.
    private static string WriteArticles(CliRunner cli, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 200).Select(n => $"Council member {i} spoke about budget line {n} in the harbour district."));
            cli.Directory.WriteFile(Path.Combine("others", $"article-{i}.txt"), body);
        }

        return cli.Directory.Combine("others");
    }
}
