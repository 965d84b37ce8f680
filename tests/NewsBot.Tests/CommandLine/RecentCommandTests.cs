namespace NewsBot.Tests.CommandLine;

public sealed class RecentCommandTests
{
    [Fact]
    public async Task Recent_lists_the_seed_article_and_its_november_21_meeting()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025-11-21", result.Output, StringComparison.Ordinal);
        Assert.Contains("face\u2011to\u2011face meeting at the White House", result.Output, StringComparison.Ordinal);
        Assert.Contains("2025-11-04", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recent_with_a_topic_nothing_matches_says_so()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent", "--topic", "volcano eruption");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Nothing indexed matches", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_limit_is_bad_input()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent", "--limit", "0");

        Assert.Equal(2, result.ExitCode);
    }
}
