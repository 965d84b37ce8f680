namespace NewsBot.Tests.CommandLine;

public sealed class NewsBotCommandLineTests
{
    [Theory]
    [InlineData("ask")]
    [InlineData("recent")]
    [InlineData("sources")]
    [InlineData("reindex")]
    public async Task Every_verb_has_help(string verb)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains(verb, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_bad_input_followed_by_the_verbs_usage()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("'--bogus'", result.Error, StringComparison.Ordinal);
        // The usage names the program as it was started (newsbot; the test host here).
        Assert.Contains(" recent [options]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_lists_the_index_contents()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("sources");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Index: 1 article,", result.Output, StringComparison.Ordinal);
        Assert.Contains("source0", result.Output, StringComparison.Ordinal);
    }
}
