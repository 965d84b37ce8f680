using System.Text.Json;

namespace NewsBot.Tests.CommandLine;

/// <summary>What <c>newsbot ask</c> prints when nothing answers, on the shipped seed article (21 Nov 2025, "Test Outlet").</summary>
public sealed class AskNotFoundCommandTests
{
    [Fact]
    public async Task An_absent_name_is_not_found_with_did_you_mean_the_closest_headline_and_the_newest_article()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "Did Trump meet Mamdoni at the White House?");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Not found: nothing indexed answers this question well enough to quote.", lines[0]);
        Assert.Equal("No indexed article mentions \u201CMamdoni\u201D. Did you mean \u201CMamdani\u201D?", lines[1]);
        Assert.Equal("Closest headlines:", lines[2]);
        Assert.Contains("Test Outlet", lines[3], StringComparison.Ordinal);
        Assert.Equal("The index holds articles up to 21 Nov 2025.", lines[^1]);
    }

    [Theory]
    [InlineData("who won the super bowl", "No indexed article mentions \u201Csuper\u201D or \u201Cbowl\u201D.")]
    [InlineData("what did Putin say about Mamdani?", "No indexed article mentions \u201CPutin\u201D.")]
    public async Task Every_not_found_names_the_absent_key_words_and_the_index_dates_once(string question, string absent)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", question);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Not found: nothing indexed answers this question well enough to quote.", lines[0]);
        Assert.Equal(absent, lines[1]);
        // The newest date is said once (the headlines' own dates aside), not "up to 21 Nov 2025 (newest article 21 Nov 2025)".
        Assert.Equal(1, lines.Where(line => !line.StartsWith("- ", StringComparison.Ordinal)).Sum(line => line.Split("21 Nov 2025").Length - 1));
    }

    [Fact]
    public async Task A_source_that_is_not_indexed_is_named_with_the_indexed_outlets()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?", "--source", "Nowhere Gazette");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--source \u201CNowhere Gazette\u201D is not an indexed outlet; indexed: Test Outlet.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_beyond_the_newest_article_are_named()
    {
        using var cli = new CliRunner();

        // The seed article is from 2025 and the clock is the real one, a year or more later.
        var result = await cli.RunAsync("ask", "What did Trump say about working with Mamdani?", "--days", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--days 3 reaches back less far than the newest article (21 Nov 2025); no article is that recent.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_not_found_carries_the_absent_words_did_you_mean_coverage_and_empty_filter()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "Did Trump meet Mamdoni?", "--source", "Nowhere Gazette", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("NotFound", json.RootElement.GetProperty("outcome").GetString());
        var notFound = json.RootElement.GetProperty("notFound");
        Assert.Equal(["Mamdoni"], notFound.GetProperty("absentTerms").EnumerateArray().Select(word => word.GetString()));
        Assert.Equal(["Mamdani"], notFound.GetProperty("didYouMean").EnumerateArray().Select(word => word.GetString()));
        Assert.StartsWith("2025-11-21", notFound.GetProperty("newest").GetString(), StringComparison.Ordinal);
        var empty = notFound.GetProperty("emptyFilter");
        Assert.Equal("Outlet", empty.GetProperty("filter").GetString());
        Assert.Equal(["Test Outlet"], empty.GetProperty("indexedOutlets").EnumerateArray().Select(outlet => outlet.GetString()));
    }

    [Fact]
    public async Task A_question_of_a_period_alone_lists_that_periods_stories_and_dated_events()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("ask", "What happened in November 2025?");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("On Nov. 21, 2025, President Donald Trump and New York City mayor", result.Output, StringComparison.Ordinal);
        Assert.Contains("Dated events stated in articles:", result.Output, StringComparison.Ordinal);
        Assert.Contains("2025-11-21  \u201COn Nov. 21, 2025,", result.Output, StringComparison.Ordinal);
        // Nov. 4 is named only in passing in the meeting's sentence: one sentence, one event, at Nov. 21, 2025.
        Assert.DoesNotContain("2025-11-04  \u201C", result.Output, StringComparison.Ordinal);
    }
}
