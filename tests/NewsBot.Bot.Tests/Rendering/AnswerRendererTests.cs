using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Tests.Fakes;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class AnswerRendererTests
{
    private static readonly IndexStats Stats = new FakeNewsIndex().Stats;

    [Fact]
    public void First_page_quotes_three_articles_each_followed_by_its_citation()
    {
        var message = AnswerRenderer.Render(Sample.Found(5), 0, "KEY", Stats);

        var description = Assert.Single(message.Cards!).Description!;
        Assert.Contains("**work together**", description, StringComparison.Ordinal);
        Assert.Contains("Quote 1:", description, StringComparison.Ordinal);
        Assert.Contains("Quote 3:", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Quote 4:", description, StringComparison.Ordinal);
        Assert.Contains("\u2014 [Headline number 1](https://example.com/news/1) \u00B7 Reuters \u00B7 21 Nov 2025", description, StringComparison.Ordinal);
        Assert.True(description.IndexOf("Quote 1:", StringComparison.Ordinal) < description.IndexOf("Headline number 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Footer_says_how_many_articles_are_indexed_and_as_of_when()
    {
        var card = Assert.Single(AnswerRenderer.Render(Sample.Found(2), 0, null, Stats).Cards!);

        Assert.Equal("12 articles indexed \u00B7 as of 22 Nov 2025", card.Footer);
    }

    [Fact]
    public void More_quotes_button_carries_the_session_key_and_the_next_page()
    {
        var message = AnswerRenderer.Render(Sample.Found(5), 0, "ABCDEF", Stats);

        var button = Assert.Single(message.Buttons!);
        Assert.Equal("More quotes", button.Label);
        Assert.Equal("ask:ABCDEF:1", button.Id);
    }

    [Fact]
    public void Last_page_offers_only_the_way_back()
    {
        var message = AnswerRenderer.Render(Sample.Found(5), 1, "ABCDEF", Stats);

        var description = Assert.Single(message.Cards!).Description!;
        Assert.Contains("Quote 4:", description, StringComparison.Ordinal);
        Assert.Contains("Quote 5:", description, StringComparison.Ordinal);
        var button = Assert.Single(message.Buttons!);
        Assert.Equal("ask:ABCDEF:0", button.Id);
        Assert.EndsWith("page 2 of 2", Assert.Single(message.Cards!).Footer, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_on_one_page_has_no_buttons()
        => Assert.Empty(AnswerRenderer.Render(Sample.Found(3), 0, "KEY", Stats).Buttons!);

    [Fact]
    public void Not_found_says_so_and_offers_the_closest_headlines()
    {
        var answer = new Answer(AnswerOutcome.NotFound, "Who won the 1904 World Series?", [], [Sample.Citation(1, "Mayor meets president"), Sample.Citation(2, "Budget talks")]);

        var card = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!);

        Assert.Contains("Nothing indexed answers this", card.Description, StringComparison.Ordinal);
        Assert.Contains("[Mayor meets president](https://example.com/news/1)", card.Description, StringComparison.Ordinal);
        Assert.Contains("Budget talks", card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_quotes_are_cut_so_the_message_stays_within_every_limit()
    {
        var text = string.Concat(Enumerable.Repeat("The council debated **housing** for @everyone at length again. ", 200));
        var quote = new Quote(text, new TextSpan(0, text.Length), [new TextSpan(text.IndexOf("housing", StringComparison.Ordinal), 7)], 1);
        var groups = Enumerable.Range(1, 3).Select(n => new ArticleQuotes(Sample.Citation(n, new string('T', 400)), [quote, quote, quote])).ToArray();

        var message = AnswerRenderer.Render(Sample.Found(groups), 0, "KEY", Stats);

        ReplyAssert.WithinLimits(message);
        var description = Assert.Single(message.Cards!).Description!;
        Assert.Contains("\u2026", description, StringComparison.Ordinal);
        Assert.Contains("https://example.com/news/3", description, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_outlet_and_question_from_outside_are_escaped()
    {
        var citation = new Citation("a", "**Breaking** <@123> news", "@everyone Daily", Sample.Published, "https://example.com/a)b");
        var answer = new Answer(AnswerOutcome.Found, "why **this** @here?", [new ArticleQuotes(citation, [Sample.Quote("Plain words.")])], []);

        var card = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!);

        Assert.DoesNotContain("<@123>", card.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", card.Description, StringComparison.Ordinal);
        Assert.Contains(@"\*\*Breaking\*\*", card.Description, StringComparison.Ordinal);
        Assert.Contains("(https://example.com/a%29b)", card.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", card.Title, StringComparison.Ordinal);
    }
}
