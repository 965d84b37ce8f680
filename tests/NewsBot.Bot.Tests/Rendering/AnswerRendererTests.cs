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
    public void Each_quote_ends_with_its_source_number_and_the_numbered_sources_are_listed_once_under_the_quotes()
    {
        var first = new ArticleQuotes(Sample.Citation(1), [Sample.Quote("They would work together.", "work"), Sample.Quote("Talks went well.", "Talks")]);
        var second = new ArticleQuotes(Sample.Citation(2, outlet: "AP News"), [Sample.Quote("Both sides agreed.", "agreed")]);

        var description = Assert.Single(AnswerRenderer.Render(Sample.Found(first, second), 0, null, Stats).Cards!).Description;

        Assert.Equal(
            "> \u201CThey would **work** together.\u201D [1]\n" +
            "> \u201C**Talks** went well.\u201D [1]\n" +
            "\n" +
            "> \u201CBoth sides **agreed**.\u201D [2]\n" +
            "\n" +
            "**Sources**\n" +
            "[1] [Headline number 1](https://example.com/news/1) \u00B7 Reuters \u00B7 21 Nov 2025\n" +
            "[2] [Headline number 2](https://example.com/news/2) \u00B7 AP News \u00B7 21 Nov 2025",
            description);
    }

    [Fact]
    public void Quotes_that_only_name_the_asked_speaker_stand_under_a_line_saying_none_gives_their_words()
    {
        var answer = Sample.Found(new ArticleQuotes(Sample.Citation(1), [Sample.Quote("The mayor met *Okafor* at the pier.", "pier")])) with { UnattributedSpeaker = "*okafor*" };

        var description = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!).Description!;

        Assert.StartsWith(
            "No indexed sentence gives words said by \u201C\\*okafor\\*\u201D; these passages mention \u201C\\*okafor\\*\u201D instead.\n\n> \u201C",
            description,
            StringComparison.Ordinal);
    }

    [Fact]
    public void First_page_quotes_three_articles_and_lists_each_source_once()
    {
        var description = Assert.Single(AnswerRenderer.Render(Sample.Found(5), 0, "KEY", Stats).Cards!).Description!;

        Assert.Contains("Quote 3: the two would **work together** where possible.\u201D [3]", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Quote 4:", description, StringComparison.Ordinal);
        Assert.Single(description.Split('\n'), line => line.StartsWith("[1] ", StringComparison.Ordinal));
        Assert.Equal(1, description.Split("https://example.com/news/1").Length - 1);
    }

    [Fact]
    public void Sources_on_the_second_page_go_on_numbering_from_the_first()
    {
        var description = Assert.Single(AnswerRenderer.Render(Sample.Found(5), 1, "KEY", Stats).Cards!).Description!;

        Assert.Contains("Quote 4: the two would **work together** where possible.\u201D [4]", description, StringComparison.Ordinal);
        Assert.Contains("\n[5] [Headline number 5](https://example.com/news/5)", description, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_shows_its_label_beside_its_outlet_and_the_outlets_that_also_carried_the_story_with_theirs()
    {
        var citation = Sample.Citation(1) with
        {
            Label = "Lean Left",
            AlsoCarriedBy = ["AP News", "BBC"],
            CarrierLabels = new Dictionary<string, string> { ["AP News"] = "Center" },
        };
        var answer = Sample.Found(new ArticleQuotes(citation, [Sample.Quote("They would work together.", "work")]));

        var description = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!).Description!;

        Assert.EndsWith(
            "\n**Source**\n[1] [Headline number 1](https://example.com/news/1) \u00B7 Reuters (Lean Left), also carried by AP News (Center), BBC \u00B7 21 Nov 2025",
            description,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_carried_by_many_outlets_names_three_and_counts_the_rest()
    {
        var citation = Sample.Citation(1) with { AlsoCarriedBy = ["AP News", "BBC", "NPR", "CNN", "Fox News"] };
        var answer = Sample.Found(new ArticleQuotes(citation, [Sample.Quote("They would work together.", "work")]));

        var description = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!).Description!;

        Assert.Contains("\u00B7 Reuters, also carried by AP News, BBC, NPR and 2 more \u00B7 21 Nov 2025", description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_headline_is_cut_in_the_list_of_sources_so_three_fit_a_phone_screen()
    {
        var headline = string.Join(' ', Enumerable.Repeat("Council", 40));
        var answer = Sample.Found(new ArticleQuotes(Sample.Citation(1, headline), [Sample.Quote("They would work together.", "work")]));

        var description = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!).Description!;

        var linkText = description[(description.IndexOf("[1] [", StringComparison.Ordinal) + 5)..description.IndexOf("](", StringComparison.Ordinal)];
        Assert.InRange(linkText.Length, 50, AnswerRenderer.SourceHeadline);
        Assert.EndsWith("\u2026", linkText, StringComparison.Ordinal);
    }

    [Fact]
    public void Footer_says_how_fresh_the_news_is_and_how_many_articles_are_indexed()
    {
        var card = Assert.Single(AnswerRenderer.Render(Sample.Found(2), 0, null, Stats with { Articles = 2997 }).Cards!);

        Assert.Equal("newest article 21 Nov 2025 \u00B7 2,997 articles", card.Footer);
    }

    [Fact]
    public void Footer_of_an_index_without_dated_articles_gives_the_count_and_the_page()
    {
        var card = Assert.Single(AnswerRenderer.Render(Sample.Found(5), 0, "KEY", Stats with { Articles = 1, Newest = null }).Cards!);

        Assert.Equal("1 article \u00B7 page 1 of 2", card.Footer);
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
    public void Not_found_says_so_and_offers_the_closest_headlines_as_links_and_a_next_step()
    {
        var answer = new Answer(AnswerOutcome.NotFound, "Who won the 1904 World Series?", [], [Sample.Citation(1, "Mayor meets president"), Sample.Citation(2, "Budget talks")]);

        var card = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!);

        Assert.Equal(
            "Nothing indexed answers this well enough to quote, so I won't guess.\n\n" +
            "**Closest headlines:**\n" +
            "\u2022 [Mayor meets president](https://example.com/news/1) \u00B7 Reuters \u00B7 21 Nov 2025\n" +
            "\u2022 [Budget talks](https://example.com/news/2) \u00B7 Reuters \u00B7 21 Nov 2025\n\n" +
            "Try `/recent topic:World Series` for the newest articles about it, or `/sources` to see what is indexed.",
            card.Description);
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
