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
}
