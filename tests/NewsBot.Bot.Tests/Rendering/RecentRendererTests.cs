using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Tests.Fakes;
using NewsBot.Core.Articles;
using NewsBot.Core.Recent;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class RecentRendererTests
{
    private static readonly NewsBot.Core.Indexing.IndexStats Stats = new FakeNewsIndex().Stats;

    [Fact]
    public void Each_article_is_one_line_with_date_outlet_and_linked_headline()
    {
        var news = new RecentNews([Sample.Recent(1), Sample.Recent(2)], []);

        var card = Assert.Single(RecentRenderer.Render(news, string.Empty, 0, 10, null, Stats).Cards!);

        var lines = card.Description!.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("`2025-11-20` \u00B7 Reuters \u00B7 [Headline number 1](https://example.com/news/1)", lines[0]);
    }

    [Fact]
    public void More_articles_than_a_page_get_paging_buttons()
    {
        var news = new RecentNews([.. Enumerable.Range(1, 12).Select(n => Sample.Recent(n))], []);

        var first = RecentRenderer.Render(news, string.Empty, 0, 5, "KEY", Stats);
        var last = RecentRenderer.Render(news, string.Empty, 2, 5, "KEY", Stats);

        Assert.Equal(5, Assert.Single(first.Cards!).Description!.Split('\n').Length);
        Assert.Equal("recent:KEY:1", Assert.Single(first.Buttons!).Id);
        Assert.Equal(2, Assert.Single(last.Cards!).Description!.Split('\n').Length);
        Assert.Equal("recent:KEY:1", Assert.Single(last.Buttons!).Id);
    }

    [Fact]
    public void Dated_events_are_listed_with_their_sentence_on_the_first_page()
    {
        var newsEvent = new NewsEvent(new DateOnly(2025, 11, 4), "Mamdani won the election on Nov. 4.", new TextSpan(0, 10), Sample.Citation(1));
        var news = new RecentNews([Sample.Recent(1)], [newsEvent]);

        var card = Assert.Single(RecentRenderer.Render(news, "about \u201Chousing\u201D", 0, 10, null, Stats).Cards!);

        var field = Assert.Single(card.Fields!);
        Assert.Contains("`2025-11-04` \u201CMamdani won the election on Nov. 4.\u201D", field.Value, StringComparison.Ordinal);
        Assert.Contains("housing", card.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_dated_after_the_newest_article_are_listed_apart_below_the_news_as_expected()
    {
        var past = new NewsEvent(new DateOnly(2021, 3, 1), "The vote was held on March 1.", new TextSpan(0, 10), Sample.Citation(1));
        var future = new NewsEvent(new DateOnly(2021, 12, 31), "The law takes effect on Dec. 31, 2021.", new TextSpan(0, 10), Sample.Citation(2));
        var news = new RecentNews([Sample.Recent(1)], [past]) { Expected = [future] };

        var card = Assert.Single(RecentRenderer.Render(news, string.Empty, 0, 10, null, Stats).Cards!);

        Assert.Equal(["Dated events stated in these articles", "Expected (dated after the newest article)"], card.Fields!.Select(field => field.Name));
        Assert.Contains("2021-12-31", card.Fields![1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("2021-12-31", card.Fields![0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_five_long_lines_still_fit_the_limits()
    {
        var news = new RecentNews([.. Enumerable.Range(1, 25).Select(n => Sample.Recent(n) with { Citation = Sample.Citation(n, new string('x', 500), new string('o', 90), "https://example.com/" + new string('p', 300)) })], []);

        var message = RecentRenderer.Render(news, string.Empty, 0, 25, null, Stats);

        ReplyAssert.WithinLimits(message);
        Assert.Equal(25, Assert.Single(message.Cards!).Description!.Split('\n').Length);
    }

    [Fact]
    public void Nothing_matching_says_so()
        => Assert.Equal("Nothing indexed matches these filters.", Assert.Single(RecentRenderer.Render(new RecentNews([], []), "x", 0, 10, null, Stats).Cards!).Description);
}
