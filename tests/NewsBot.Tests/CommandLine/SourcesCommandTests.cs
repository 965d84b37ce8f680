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
}
