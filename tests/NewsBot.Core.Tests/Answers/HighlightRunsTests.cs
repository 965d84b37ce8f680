using NewsBot.Core.Answers;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Answers;

public sealed class HighlightRunsTests
{
    private const string Text = "They agreed to work together on housing.";

    [Fact]
    public void Words_a_space_apart_become_one_run_and_separate_words_stay_apart()
    {
        var runs = HighlightRuns.Merge([Span("housing"), Span("work"), Span("together")], Text, Text.Length);

        Assert.Equal(["work together", "housing"], runs.Select(run => Text.Substring(run.Start, run.Length)));
    }

    [Fact]
    public void Overlapping_spans_merge_and_spaces_at_the_edges_are_trimmed()
    {
        var runs = HighlightRuns.Merge([new TextSpan(4, 8), new TextSpan(10, 5)], Text, Text.Length);

        Assert.Equal(["agreed to"], runs.Select(run => Text.Substring(run.Start, run.Length)));
    }

    [Fact]
    public void Runs_end_at_the_cut_and_spans_beyond_it_are_dropped()
    {
        var cut = Text.IndexOf("ether", StringComparison.Ordinal);

        var runs = HighlightRuns.Merge([Span("together"), Span("housing")], Text, cut);

        Assert.Equal(["tog"], runs.Select(run => Text.Substring(run.Start, run.Length)));
    }

    private static TextSpan Span(string word) => new(Text.IndexOf(word, StringComparison.Ordinal), word.Length);
}
