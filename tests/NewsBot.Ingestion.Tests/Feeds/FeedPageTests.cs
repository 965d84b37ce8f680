using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>
/// The pages behind summary-only items: read for their text when they are articles, within the read's budget, the
/// summary kept otherwise.
/// </summary>
public sealed class FeedPageTests
{
    [Fact]
    public async Task A_summary_only_item_gets_the_readable_text_of_its_page()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/politics/budget-deal").ToString())));
        server.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        using var host = FeedTestHost.Create();

        var article = Assert.Single((await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None)).Articles);

        Assert.Contains("The agreement restores $310 million for school districts", article.Text, StringComparison.Ordinal);
        Assert.Contains("\"Nobody got everything they wanted, which is usually how you know it's a real compromise,\" Cole told reporters", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign up for our morning briefing", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Opinion", article.Text, StringComparison.Ordinal);
        Assert.Equal("Budget deal reached hours before shutdown deadline", article.Title);
    }

    [Fact]
    public async Task A_page_already_read_is_not_fetched_again_while_its_item_is_unchanged()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var story = server.Url("/politics/budget-deal").ToString();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(story)) with { ETag = "\"a\"" });
        server.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        using var host = FeedTestHost.Create();
        var feed = host.Feed(server.Url("/rss"));
        await feed.ReadAsync(CancellationToken.None);

        // The feed changes (new etag, another item's worth of bytes) but this item is the same.
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(story) + "\n") with { ETag = "\"b\"" });
        var again = Assert.Single((await feed.ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal(1, server.RequestCount("/politics/budget-deal"));
        Assert.Contains("$310 million", again.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task A_page_that_fails_keeps_the_feed_summary(int status)
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/gone").ToString(), "Lawmakers reached a tentative deal late Wednesday.")));
        server.Serve("/gone", ServedResponse.StatusCode(status));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal("Lawmakers reached a tentative deal late Wednesday.", Assert.Single(batch.Articles).Text);
        var reported = Assert.Single(batch.Skipped);
        Assert.Equal(server.Url("/gone").ToString(), reported.Location);
        Assert.Contains("keeps the feed's summary", reported.Reason, StringComparison.Ordinal);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), reported.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_beyond_the_per_read_budget_keep_their_summary_now_and_are_read_next_time()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var links = Enumerable.Range(0, 3).Select(i => server.Url($"/story/{i}")).ToArray();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummariesRss(links)));
        foreach (var link in links)
        {
            server.Serve(link.AbsolutePath, ServedResponse.Html(FeedSamples.BudgetDealPage));
        }

        using var host = FeedTestHost.Create(("Feeds:MaxPagesPerRead", "2"));
        var feed = host.Feed(server.Url("/rss"));

        var first = await feed.ReadAsync(CancellationToken.None);
        var second = await feed.ReadAsync(CancellationToken.None);

        Assert.Equal(1, first.Articles.Count(a => a.Text.StartsWith("Summary", StringComparison.Ordinal)));
        Assert.All(second.Articles, a => Assert.Contains("$310 million", a.Text, StringComparison.Ordinal));
        Assert.All(links, link => Assert.Equal(1, server.RequestCount(link.AbsolutePath)));
    }

    [Fact]
    public async Task A_read_stops_fetching_pages_after_the_configured_failures_and_keeps_the_summaries()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var links = Enumerable.Range(0, 10).Select(i => server.Url($"/down/{i}")).ToArray();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummariesRss(links)));
        using var host = FeedTestHost.Create(("Feeds:MaxConcurrentRequests", "1"), ("Feeds:MaxPageFailuresPerRead", "5"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Equal(10, batch.Articles.Count);
        Assert.All(batch.Articles, a => Assert.StartsWith("Summary", a.Text, StringComparison.Ordinal));
        Assert.Equal(5, server.Requests.Count(r => r.Path.StartsWith("/down/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_page_that_is_not_an_article_keeps_the_feed_summary()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/home").ToString(), "Lawmakers reached a tentative deal late Wednesday.")));
        server.Serve("/home", ServedResponse.Html(FeedSamples.FrontPage));
        using var host = FeedTestHost.Create();

        var article = Assert.Single((await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal("Lawmakers reached a tentative deal late Wednesday.", article.Text);
    }
}
