namespace NewsBot.Tests.CommandLine;

public sealed class AskCommandTests
{
    [Fact]
    public async Task First_question_builds_the_index_and_quotes_work_together_from_the_seed()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("work together", result.Unmarked, StringComparison.Ordinal);
        Assert.Contains("2025", result.Output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(cli.IndexPath));
    }

    [Fact]
    public async Task Question_nothing_answers_is_not_found_with_exit_code_zero()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What is the capital of France?");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Not found", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("what is the")]
    public async Task Unaskable_question_is_a_one_line_error_with_exit_code_two(string question)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", question);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("newsbot:", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_over_500_characters_is_refused()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", new string('a', 300) + " " + new string('b', 300));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("500", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Trump AND Mamdani OR *")]
    [InlineData("title:Trump \"unbalanced")]
    [InlineData("Mamdani~2 (((")]
    public async Task Query_syntax_is_treated_as_plain_words(string question)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", question);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_carries_quotes_with_offsets_into_the_article()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal("Found", json.RootElement.GetProperty("outcome").GetString());
        var quote = json.RootElement.GetProperty("articles")[0].GetProperty("quotes")[0];
        var start = quote.GetProperty("span").GetProperty("start").GetInt32();
        var text = quote.GetProperty("text").GetString()!;
        Assert.Equal(text, Testing.RepositoryPaths.SeedArticleText.Replace("\r\n", "\n", StringComparison.Ordinal).Substring(start, text.Length));
    }
}
