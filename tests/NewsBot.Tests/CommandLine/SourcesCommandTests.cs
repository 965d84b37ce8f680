namespace NewsBot.Tests.CommandLine;

public sealed class SourcesCommandTests
{
    [Fact]
    public async Task After_a_reindex_in_which_one_source_failed_sources_shows_the_failure_and_keeps_the_rest()
    {
        using var cli = new CliRunner(Testing.RepositoryPaths.SampleArticles, "/nonexistent/newsbot-source");

        var reindex = await cli.RunAsync("reindex");
        var result = await cli.RunAsync("sources");

        Assert.Equal(1, reindex.ExitCode);
        Assert.Contains("source1: FAILED", reindex.Output, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("source0 (folder", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 article read", result.Output, StringComparison.Ordinal);
        Assert.Contains("FAILING (1 in a row)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Index: 1 article,", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lists_every_configured_source_with_its_last_result_and_the_index()
    {
        using var cli = new CliRunner(Testing.RepositoryPaths.SampleArticles, "/nonexistent/newsbot-source");
        await cli.RunAsync("reindex");

        var result = await cli.RunAsync("sources", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["source0", "source1"], sources.Select(source => source.GetProperty("name").GetString()));
        Assert.Equal("folder", sources[0].GetProperty("kind").GetString());
        Assert.Equal("Test Outlet", sources[0].GetProperty("outlet").GetString());
        Assert.Equal(1, sources[0].GetProperty("status").GetProperty("articlesRead").GetInt32());
        Assert.Equal(1, sources[1].GetProperty("status").GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("index").GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_configured_folder_given_to_reindex_from_is_shown_as_just_read_not_as_never_refreshed()
    {
        using var cli = new CliRunner();

        var reindex = await cli.RunAsync("reindex", "--from", Testing.RepositoryPaths.SampleArticles + Path.DirectorySeparatorChar);
        var result = await cli.RunAsync("sources");

        Assert.Equal(0, reindex.ExitCode);
        Assert.Contains("  source0: 1 read, 0 skipped", reindex.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("never read", result.Output, StringComparison.Ordinal);
        Assert.Contains("source0 (folder", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 article read", result.Output, StringComparison.Ordinal);
    }
    [Fact]
    public async Task After_a_reindex_from_a_file_sources_lists_that_file_as_what_the_index_holds_and_the_configured_folder_apart()
    {
        using var cli = new CliRunner();
        var corpus = cli.Directory.WriteFile("corpus.jsonl",
            "{\"id\":\"a\",\"title\":\"Council passes the budget\",\"text\":\"The council passed the budget on Tuesday.\",\"published\":\"2021-03-05\"}\n" +
            "{\"id\":\"b\",\"title\":\"Mayor opens a bridge\",\"text\":\"The mayor opened the new bridge on Friday.\",\"published\":\"2021-03-04\"}\n");

        var reindex = await cli.RunAsync("reindex", "--from", corpus, "--allow-shrink");
        var result = await cli.RunAsync("sources");

        Assert.Equal(0, reindex.ExitCode);
        var lines = result.Output.ReplaceLineEndings("\n").Split('\n');
        var inIndex = Array.IndexOf(lines, "Sources in the index:");
        Assert.StartsWith($"  corpus.jsonl (folder, {corpus}, not configured): 2 articles in the index; last success ", lines[inIndex + 1], StringComparison.Ordinal);
        Assert.Contains("2 articles read", lines[inIndex + 1], StringComparison.Ordinal);
        Assert.Equal("Configured, with nothing in the index:", lines[inIndex + 2]);
        Assert.StartsWith("  source0 (folder, ", lines[inIndex + 3], StringComparison.Ordinal);
        Assert.Contains("Index: 2 articles,", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sources_status_is_written_inside_its_index_folder_not_beside_it()
    {
        using var cli = new CliRunner();

        Assert.Equal(0, (await cli.RunAsync("reindex")).ExitCode);

        Assert.True(File.Exists(Path.Combine(cli.IndexPath, "sources-status.json")));
        Assert.False(File.Exists(cli.Directory.Combine("sources-status.json")));
    }
}
