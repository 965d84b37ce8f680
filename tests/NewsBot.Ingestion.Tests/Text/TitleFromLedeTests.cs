using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Text;

public sealed class TitleFromLedeTests
{
    private static readonly SentenceSplitter Splitter = new();

    [Fact]
    public void The_seed_lede_loses_its_date_opening_and_its_trailing_aside()
    {
        var lede = "On Nov. 21, 2025, President Donald Trump and New York City mayor\u2011elect Zohran Mamdani held a face\u2011to\u2011face meeting "
            + "at the White House, their first since Mamdani\u2019s upset victory on Nov. 4. Reporters described a cordial exchange.";

        var title = TitleFromLede.Make(lede, Splitter);

        Assert.StartsWith("President Donald Trump and New York City mayor\u2011elect Zohran Mamdani held", title, StringComparison.Ordinal);
        Assert.DoesNotContain("Nov. 21", title, StringComparison.Ordinal);
        Assert.DoesNotContain("their first", title, StringComparison.Ordinal);
        Assert.True(title.Length <= TitleFromLede.MaxLength, title);
    }

    [Theory]
    [InlineData("After a long night of talks, the Senate passed the budget bill.", "The Senate passed the budget bill")]
    [InlineData("The mayor, who took office in January, signed the housing order on Friday.", "The mayor, who took office in January, signed the housing order on Friday")]
    [InlineData("Lawmakers approved the new tax plan on Tuesday, saying it would help families.", "Lawmakers approved the new tax plan on Tuesday")]
    [InlineData("Trump, Biden and Harris spoke at the memorial.", "Trump, Biden and Harris spoke at the memorial")]
    [InlineData("Voters went to the polls.", "Voters went to the polls")]
    [InlineData("In Paris, talks resumed.", "Talks resumed")]
    public void A_lede_becomes_its_main_clause_without_the_final_period(string lede, string expected)
        => Assert.Equal(expected, TitleFromLede.Make(lede, Splitter));

    [Fact]
    public void A_long_main_clause_is_cut_at_a_word_boundary()
    {
        var lede = string.Join(' ', Enumerable.Repeat("Lawmakers argued", 20)) + ".";

        var title = TitleFromLede.Make(lede, Splitter);

        Assert.True(title.Length <= TitleFromLede.MaxLength + 1, title);
        Assert.EndsWith("\u2026", title, StringComparison.Ordinal);
        Assert.StartsWith(title[..^1] + " ", lede, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_text_gives_the_headline_of_its_first_sentence_alone()
    {
        var lede = "After a long night of talks, the Senate passed the budget bill.";
        var text = lede + string.Concat(Enumerable.Repeat(" Senators then argued about the farm subsidies for another hour.", 500));

        Assert.Equal(TitleFromLede.Make(lede, Splitter), TitleFromLede.Make(text, Splitter));
    }

    [Fact]
    public void A_first_sentence_longer_than_the_opening_that_is_split_is_still_cut_at_a_word_boundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("Lawmakers argued", 400)) + ". Then they voted.";

        var title = TitleFromLede.Make(text, Splitter);

        Assert.EndsWith("\u2026", title, StringComparison.Ordinal);
        Assert.StartsWith(title[..^1] + " ", text, StringComparison.Ordinal);
    }
}
