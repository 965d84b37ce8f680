using NewsBot.Bot.Rendering;
using NewsBot.Core.Articles;
using NewsBot.Core.Recent;
using NewsBot.Discord.Interactions;
using NewsBot.Tests.Bot.Fakes;

namespace NewsBot.Tests.Bot.Rendering;

public sealed class RecentRendererTests
{
    private static readonly NewsBot.Core.Indexing.IndexStats Stats = new FakeNewsIndex().Stats;

    [Fact]
    public void Each_article_is_one_line_with_date_outlet_and_linked_headline()
    {
        var news = new RecentNews([Sample.Recent(1), Sample.Recent(2)], []);

        var embed = Assert.Single(RecentRenderer.Render(news, string.Empty, 0, 10, null, Stats).Embeds!);

        var lines = embed.Description!.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("`2025-11-20` \u00B7 Reuters \u00B7 [Headline number 1](https://example.com/news/1)", lines[0]);
    }

    [Fact]
    public void More_articles_than_a_page_get_paging_buttons()
    {
        var news = new RecentNews([.. Enumerable.Range(1, 12).Select(n => Sample.Recent(n))], []);

        var first = RecentRenderer.Render(news, string.Empty, 0, 5, "KEY", Stats);
        var last = RecentRenderer.Render(news, string.Empty, 2, 5, "KEY", Stats);

        Assert.Equal(5, Assert.Single(first.Embeds!).Description!.Split('\n').Length);
        Assert.Equal("recent:KEY:1", Assert.Single(Assert.Single(first.Components!).Components).CustomId);
        Assert.Equal(2, Assert.Single(last.Embeds!).Description!.Split('\n').Length);
        Assert.Equal("recent:KEY:1", Assert.Single(Assert.Single(last.Components!).Components).CustomId);
    }

    [Fact]
    public void Dated_events_are_listed_with_their_sentence_on_the_first_page()
    {
        var newsEvent = new NewsEvent(new DateOnly(2025, 11, 4), "Mamdani won the election on Nov. 4.", new TextSpan(0, 10), Sample.Citation(1));
        var news = new RecentNews([Sample.Recent(1)], [newsEvent]);

        var embed = Assert.Single(RecentRenderer.Render(news, "about \u201Chousing\u201D", 0, 10, null, Stats).Embeds!);

        var field = Assert.Single(embed.Fields!);
        Assert.Contains("`2025-11-04` \u201CMamdani won the election on Nov. 4.\u201D", field.Value, StringComparison.Ordinal);
        Assert.Contains("housing", embed.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_five_long_lines_still_fit_the_limits()
    {
        var news = new RecentNews([.. Enumerable.Range(1, 25).Select(n => Sample.Recent(n) with { Citation = Sample.Citation(n, new string('x', 500), new string('o', 90), "https://example.com/" + new string('p', 300)) })], []);

        var message = RecentRenderer.Render(news, string.Empty, 0, 25, null, Stats);

        PayloadLimits.Check(message);
        Assert.Equal(25, Assert.Single(message.Embeds!).Description!.Split('\n').Length);
    }

    [Fact]
    public void Nothing_matching_says_so()
        => Assert.Equal("Nothing indexed matches these filters.", Assert.Single(RecentRenderer.Render(new RecentNews([], []), "x", 0, 10, null, Stats).Embeds!).Description);
}
