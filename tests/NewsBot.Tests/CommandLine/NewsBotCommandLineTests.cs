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
    public async Task A_mistyped_verb_is_named_once_with_the_near_verb()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recnt");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("newsbot: unknown verb 'recnt'; did you mean 'recent'?", result.Error.Trim());
    }

    [Fact]
    public async Task A_mistyped_option_is_named_with_the_verbs_near_option()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent", "--sorce", "Reuters");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith("newsbot: unknown option '--sorce' for 'recent'; did you mean '--source'?", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_option_among_a_questions_words_is_named_with_the_near_option()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "--dayz", "3", "who", "met");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("newsbot: unknown option '--dayz' for 'ask'; did you mean '--days'?", result.Error.Trim());
    }

    [Fact]
    public async Task A_word_near_no_verb_is_named_and_followed_by_the_verbs()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("banana");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newsbot: unknown verb 'banana'" + Environment.NewLine, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", result.Error, StringComparison.Ordinal);
        Assert.Contains("recent", result.Error, StringComparison.Ordinal);
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
