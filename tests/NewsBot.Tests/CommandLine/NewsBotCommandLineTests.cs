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
    public async Task Unknown_option_is_bad_input_with_a_hint()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
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
