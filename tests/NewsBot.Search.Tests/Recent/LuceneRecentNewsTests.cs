using NewsBot.Core.Recent;
using NewsBot.Search.Tests.Answering;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Recent;

public sealed class LuceneRecentNewsTests : IDisposable
{
    private readonly SearchHarness _harness = SearchHarness.InMemory();

    public LuceneRecentNewsTests()
    {
        var vote = TestArticleBuilder.Article(
                "vote",
                "The assembly will vote on the transit budget on Dec. 2. The last vote, on Nov. 3, failed.")
            .From("Metro Times").Published(new DateTimeOffset(2025, 11, 19, 8, 0, 0, TimeSpan.Zero))
            .Stating(new DateOnly(2025, 12, 2), "Dec. 2")
            .Stating(new DateOnly(2025, 11, 3), "Nov. 3")
            .Build();
        _harness.ReplaceAllAsync([.. NewsCorpus.All, vote]).GetAwaiter().GetResult();
    }

    private Task<RecentNews> RecentAsync(RecentRequest request) => _harness.Recent.GetRecentAsync(request, CancellationToken.None);

    [Fact]
    public async Task Articles_come_newest_first_with_undated_ones_last()
    {
        var recent = await RecentAsync(new RecentRequest(Limit: 20));

        var ids = recent.Articles.Select(article => article.Citation.ArticleId).ToList();
        Assert.Equal(
            ["council-budget-follow-up", "council-budget", "climate-bill", "vote", "senate-budget", "tax-credit", "tax-cuts", "hiring-freeze", "river-flood"],
            ids);
    }

    [Fact]
    public async Task Each_article_comes_with_its_lede()
    {
        var recent = await RecentAsync(new RecentRequest(Limit: 1));

        Assert.Equal("Council members defended the transit budget and its bus service expansion.", Assert.Single(recent.Articles).Lede);
    }

    [Fact]
    public async Task Topic_words_keep_the_articles_that_mention_them()
    {
        var recent = await RecentAsync(new RecentRequest(Topic: "bus service"));

        Assert.Equal(
            ["council-budget-follow-up", "council-budget", "senate-budget"],
            recent.Articles.Select(article => article.Citation.ArticleId));
    }

    [Fact]
    public async Task Outlet_and_days_filter_the_articles()
    {
        var recent = await RecentAsync(new RecentRequest(Outlet: "daily planet", Days: 5));

        Assert.Equal(["council-budget-follow-up", "council-budget"], recent.Articles.Select(article => article.Citation.ArticleId));
    }

    [Fact]
    public async Task The_limit_caps_articles_and_events()
    {
        var recent = await RecentAsync(new RecentRequest(Limit: 1));

        Assert.Single(recent.Articles);
        Assert.Single(recent.Events);
    }

    [Fact]
    public async Task Stated_events_come_newest_first_and_those_after_the_newest_article_apart_as_expected()
    {
        var recent = await RecentAsync(new RecentRequest());

        // The newest article is of 21 Nov 2025: the vote of Dec. 2 was still to come, so it never leads the news.
        Assert.Equal([new DateOnly(2025, 11, 3)], recent.Events.Select(stated => stated.Date));
        Assert.Equal("The last vote, on Nov. 3, failed.", recent.Events[0].Sentence);
        Assert.Equal("vote", recent.Events[0].Citation.ArticleId);
        var expected = Assert.Single(recent.Expected);
        Assert.Equal(new DateOnly(2025, 12, 2), expected.Date);
        Assert.Equal("The assembly will vote on the transit budget on Dec. 2.", expected.Sentence);
    }

    [Fact]
    public async Task Events_are_filtered_by_their_own_date_and_by_topic()
    {
        var lastWeek = await RecentAsync(new RecentRequest(Days: 7));
        Assert.Empty(lastWeek.Events);
        Assert.Equal([new DateOnly(2025, 12, 2)], lastWeek.Expected.Select(stated => stated.Date));
        var climate = await RecentAsync(new RecentRequest(Topic: "climate emissions"));
        Assert.Empty(climate.Events);
        Assert.Empty(climate.Expected);
    }

    [Fact]
    public async Task The_newest_events_are_found_across_many_articles_whatever_order_they_were_published_in()
    {
        using var many = new SearchHarness();
        var published = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
        var articles = Enumerable.Range(0, 80)
            .Select(i => TestArticleBuilder.Article($"notice-{i}", $"Notice {i} about the ferry timetable. It was posted at the pier.")
                .Published(published.AddDays(i))
                .Stating(new DateOnly(2025, 1, 1).AddDays((i * 37) % 80), $"Notice {i}")
                .Build())
            .ToList();
        await many.ReplaceAllAsync([.. articles]);

        var recent = await many.Recent.GetRecentAsync(new RecentRequest(Limit: 5), CancellationToken.None);

        var expected = articles.Select((_, i) => new DateOnly(2025, 1, 1).AddDays((i * 37) % 80)).OrderDescending().Take(5);
        Assert.Equal(expected, recent.Events.Select(stated => stated.Date));
        Assert.Equal(["notice-79", "notice-78", "notice-77", "notice-76", "notice-75"], recent.Articles.Select(article => article.Citation.ArticleId));
    }

    [Fact]
    public async Task A_missing_index_lists_nothing()
    {
        using var empty = new SearchHarness();

        var recent = await empty.Recent.GetRecentAsync(new RecentRequest(), CancellationToken.None);

        Assert.Empty(recent.Articles);
        Assert.Empty(recent.Events);
    }

    public void Dispose() => _harness.Dispose();
}
