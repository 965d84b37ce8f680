using NewsBot.Bot.Rendering;
using NewsBot.Bot.Tests.Fakes;
using NewsBot.Core.Articles;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class QuoteMarkupTests
{
    [Fact]
    public void Matched_words_are_bold_and_the_rest_is_verbatim()
    {
        var quote = Sample.Quote("The two would work together where possible.", "work together");

        Assert.Equal("The two would **work together** where possible.", QuoteMarkup.Render(quote, 1000));
    }

    [Fact]
    public void Mentions_and_markdown_in_the_article_are_neutralised()
    {
        var quote = Sample.Quote("Ping @everyone and <@123>, then **shout** and _lean_.", "shout");

        var markup = QuoteMarkup.Render(quote, 1000);

        Assert.DoesNotContain("@everyone", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<@123>", markup, StringComparison.Ordinal);
        Assert.Contains(@"\*\***shout**\*\*", markup, StringComparison.Ordinal);
        Assert.Contains(@"\_lean\_", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_quote_is_cut_at_a_word_with_an_ellipsis_and_keeps_its_bold_words_balanced()
    {
        var text = "Officials said they would work together on housing, " + string.Concat(Enumerable.Repeat("and on many other matters of the city ", 30));
        var quote = new NewsBot.Core.Answers.Quote(text, new TextSpan(0, text.Length), [new TextSpan(text.IndexOf("work", StringComparison.Ordinal), 4), new TextSpan(text.Length - 5, 4)], 1);

        var markup = QuoteMarkup.Render(quote, 120);

        Assert.EndsWith("\u2026", markup, StringComparison.Ordinal);
        Assert.Contains("**work**", markup, StringComparison.Ordinal);
        Assert.Equal(2, markup.Split("**").Length - 1);
        Assert.True(markup.Length < 140);
    }

    [Fact]
    public void Overlapping_highlights_are_merged_into_one_bold_run()
    {
        var text = "work together";
        var quote = new NewsBot.Core.Answers.Quote(text, new TextSpan(0, 13), [new TextSpan(0, 7), new TextSpan(5, 8)], 1);

        Assert.Equal("**work together**", QuoteMarkup.Render(quote, 100));
    }

    [Fact]
    public void Highlighted_words_a_space_apart_are_one_bold_phrase()
    {
        var text = "they would work together soon";
        var quote = new NewsBot.Core.Answers.Quote(text, new TextSpan(0, text.Length), [new TextSpan(11, 4), new TextSpan(16, 8)], 1);

        Assert.Equal("they would **work together** soon", QuoteMarkup.Render(quote, 100));
    }

    [Fact]
    public void Bidirectional_overrides_and_zero_width_characters_are_not_shown_and_the_bold_words_stay_in_place()
    {
        var quote = Sample.Quote("Trump said \u202Ethey would\u202C work \u2066together\u2069 today\u200B\u200D\uFEFF.", "work");

        var markup = QuoteMarkup.Render(quote, 1000);

        Assert.Equal("Trump said they would **work** together today.", markup);
    }

    [Fact]
    public void A_quote_matching_many_words_bolds_only_its_three_longest_distinct_ones()
    {
        var text = "The mayor said the city and the mayor's office would fund affordable housing near transit.";
        var quote = Sample.Quote(text, "mayor said the city", "mayor's office", "fund affordable housing near transit");

        var markup = QuoteMarkup.Render(quote, 1000);

        Assert.Equal("The mayor said the city and the **mayor's** office would fund **affordable housing** near transit.", markup);
    }

    [Fact]
    public void A_word_matched_twice_is_bold_only_where_it_first_stands()
    {
        var text = "Housing costs rose, housing advocates said, and rents and housing subsidies fell.";
        var quote = new NewsBot.Core.Answers.Quote(text, new TextSpan(0, text.Length),
            [new TextSpan(0, 7), new TextSpan(8, 5), new TextSpan(20, 7), new TextSpan(48, 5), new TextSpan(58, 7)], 1);

        var markup = QuoteMarkup.Render(quote, 1000);

        Assert.Equal("**Housing costs** rose, housing advocates said, and **rents** and housing subsidies fell.", markup);
    }
}
