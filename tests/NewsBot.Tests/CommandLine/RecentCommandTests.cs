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
    public async Task Days_reaching_past_every_article_say_which_dates_the_index_holds()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent", "--days", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Nothing indexed matches these filters; the index holds 1 article up to 21 Nov 2025.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_limit_is_bad_input()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent", "--limit", "0");

        Assert.Equal(2, result.ExitCode);
    }
}
