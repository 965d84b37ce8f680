using NewsBot.Bot.Rendering;
using NewsBot.Bot.Tests.Fakes;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class NotFoundMarkupTests
{
    private static readonly IndexStats Stats = new FakeNewsIndex().Stats;
    private static readonly DateTimeOffset Newest = new(2021, 3, 5, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Oldest = new(2004, 11, 13, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Not_found_card_names_the_unknown_word_offers_the_close_one_and_gives_the_index_dates()
    {
        var answer = NotFound(new NotFoundDetails(["Sunak"], ["Sunk"], Newest, Oldest, null));

        var description = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!).Description!;

        Assert.Equal(
            "Nothing indexed answers this well enough to quote, so I won't guess.\n\n" +
            "No indexed article mentions \u201CSunak\u201D. Did you mean \u201CSunk\u201D?\n" +
            "The index holds articles from 13 Nov 2004 to 5 Mar 2021.\n\n" +
            "**Closest headlines:**\n" +
            "\u2022 [Budget talks](https://example.com/news/1) \u00B7 Reuters \u00B7 21 Nov 2025\n\n" +
            "Try `/recent topic:Rishi Sunak` for the newest articles about it, or `/sources` to see what is indexed.",
            description);
    }

    [Fact]
    public void An_outlet_that_is_not_indexed_is_named_escaped_with_the_indexed_outlets()
    {
        var answer = NotFound(new NotFoundDetails([], [], Newest, Oldest, new EmptyFilter(AskFilter.Outlet, "*Fake* News", ["AP News", "Reuters"])));

        var description = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!).Description!;

        Assert.Contains("`source:` \u201C\\*Fake\\* News\u201D is not an indexed outlet; indexed: AP News, Reuters.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Days_beyond_the_newest_article_say_how_old_the_newest_is()
    {
        var answer = NotFound(new NotFoundDetails([], [], Newest, Oldest, new EmptyFilter(AskFilter.Days, "7", [])));

        var description = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!).Description!;

        Assert.Contains("`days:7` reaches back less far than the newest article (5 Mar 2021); no article is that recent.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_whose_words_were_not_found_is_named_escaped()
    {
        var answer = NotFound(new NotFoundDetails([], [], Newest, Oldest, null) { SilentSpeaker = "rishi *sunak*" });

        var description = Assert.Single(AnswerRenderer.Render(answer, 0, null, Stats).Cards!).Description!;

        Assert.Contains("No indexed sentence gives words said by \u201Crishi \\*sunak\\*\u201D.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_found_without_details_reads_as_before()
        => Assert.Equal(string.Empty, NotFoundMarkup.Explain(new Answer(AnswerOutcome.NotFound, "q", [], [])));

    private static Answer NotFound(NotFoundDetails details) =>
        new Answer(AnswerOutcome.NotFound, "What did Rishi Sunak say?", [], [Sample.Citation(1, "Budget talks")]) { NotFound = details };
}
