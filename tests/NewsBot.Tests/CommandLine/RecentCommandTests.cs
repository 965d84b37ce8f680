namespace NewsBot.Tests.CommandLine;

public sealed class RecentCommandTests
{
    [Fact]
    public async Task Recent_lists_the_seed_article_and_its_november_21_meeting_once()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("recent");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025-11-21", result.Output, StringComparison.Ordinal);
        // The meeting's sentence names Nov. 4 in passing: one sentence, one event, at Nov. 21, 2025.
        Assert.Single(result.Output.Split('\n'), line => line.Contains("face\u2011to\u2011face meeting at the White House", StringComparison.Ordinal));
        Assert.DoesNotContain("2025-11-04", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_dated_after_the_newest_article_come_last_under_expected()
    {
        using var news = new Testing.TemporaryDirectory();
        news.WriteFile("law.md", "---\ntitle: Assembly passes the data law\npublished: 2021-03-05\n---\nThe assembly passed the data law on March 4, 2021. The law takes effect on Dec. 31, 2021, the minister said.\n");
        using var cli = new CliRunner(news.Path);

        var result = await cli.RunAsync("recent");

        Assert.Equal(0, result.ExitCode);
        var output = result.Output.ReplaceLineEndings("\n");
        var events = output.IndexOf("Dated events stated in articles:\n  2021-03-04", StringComparison.Ordinal);
        var expected = output.IndexOf("Expected (dated after the newest article, as the articles foresaw them):\n  2021-12-31", StringComparison.Ordinal);
        Assert.True(events > 0, output);
        Assert.True(expected > events, output);
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
