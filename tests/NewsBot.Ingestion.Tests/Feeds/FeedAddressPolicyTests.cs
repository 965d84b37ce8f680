using NewsBot.Core.Sources;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>
/// What a feed may make the bot fetch: its configured address is trusted, but item pages and every redirect may reach
/// only public addresses or the feed's own host. The "internal" servers here sit on other loopback addresses.
/// </summary>
public sealed class FeedAddressPolicyTests
{
    private const string Summary = "Lawmakers reached a tentative deal late Wednesday.";

    [Fact]
    public async Task An_item_page_on_another_loopback_address_is_not_fetched_and_the_item_keeps_its_summary_with_the_reason()
    {
        await using var feedServer = await LoopbackHttpServer.StartAsync();
        await using var internalServer = await LoopbackHttpServer.StartAsync("127.0.0.2");
        internalServer.Serve("/admin", ServedResponse.Html(FeedSamples.BudgetDealPage));
        feedServer.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(internalServer.Url("/admin").ToString(), Summary)));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(feedServer.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(Summary, Assert.Single(batch.Articles).Text);
        Assert.Equal(0, internalServer.RequestCount("/admin"));
        AssertRefused(batch, internalServer.Url("/admin"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("[::ffff:127.0.0.1]")]
    public async Task An_item_page_at_another_spelling_of_a_loopback_address_is_not_fetched(string spelling)
    {
        await using var feedServer = await LoopbackHttpServer.StartAsync();
        feedServer.Serve("/admin", ServedResponse.Html(FeedSamples.BudgetDealPage));
        var link = new UriBuilder(feedServer.Url("/admin")) { Host = spelling }.Uri;
        feedServer.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(link.ToString(), Summary)));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(feedServer.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Equal(Summary, Assert.Single(batch.Articles).Text);
        Assert.Equal(0, feedServer.RequestCount("/admin"));
        Assert.Contains(batch.Skipped, item => item.Reason.Contains("refused", StringComparison.Ordinal) && item.Reason.Contains("private address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_on_the_feeds_host_that_redirects_to_an_internal_host_is_not_followed_there()
    {
        await using var feedServer = await LoopbackHttpServer.StartAsync();
        await using var internalServer = await LoopbackHttpServer.StartAsync("127.0.0.3");
        internalServer.Serve("/metadata", ServedResponse.Html(FeedSamples.BudgetDealPage));
        feedServer.Serve("/story", ServedResponse.Redirect(internalServer.Url("/metadata").ToString()));
        feedServer.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(feedServer.Url("/story").ToString(), Summary)));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(feedServer.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Equal(1, feedServer.RequestCount("/story"));
        Assert.Equal(0, internalServer.RequestCount("/metadata"));
        Assert.Equal(Summary, Assert.Single(batch.Articles).Text);
        AssertRefused(batch, feedServer.Url("/story"));
    }

    [Fact]
    public async Task A_configured_feed_that_redirects_to_an_internal_host_fails_without_fetching_it()
    {
        await using var feedServer = await LoopbackHttpServer.StartAsync();
        await using var internalServer = await LoopbackHttpServer.StartAsync("127.0.0.2");
        internalServer.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss("https://herald.example/a", Summary)));
        feedServer.Serve("/rss", ServedResponse.Redirect(internalServer.Url("/rss").ToString()));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(feedServer.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.False(batch.Succeeded);
        Assert.Contains("refused", batch.Failure, StringComparison.Ordinal);
        Assert.Equal(0, internalServer.RequestCount("/rss"));
    }

    [Fact]
    public async Task One_refused_page_does_not_stop_the_other_items_pages_from_being_read()
    {
        await using var feedServer = await LoopbackHttpServer.StartAsync();
        await using var internalServer = await LoopbackHttpServer.StartAsync("127.0.0.2");
        internalServer.Serve("/admin", ServedResponse.Html(FeedSamples.BudgetDealPage));
        feedServer.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        feedServer.Serve("/rss", ServedResponse.Text(FeedSamples.SummariesRss(internalServer.Url("/admin"), feedServer.Url("/politics/budget-deal"))));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(feedServer.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Equal(2, batch.Articles.Count);
        Assert.Equal("Summary 0.", batch.Articles[0].Text);
        Assert.Contains("$310 million", batch.Articles[1].Text, StringComparison.Ordinal);
        Assert.Equal(0, internalServer.RequestCount("/admin"));
    }

    [Fact]
    public async Task A_host_the_operator_allows_for_the_source_is_fetched_at_its_private_address()
    {
        await using var feedServer = await LoopbackHttpServer.StartAsync();
        await using var mirror = await LoopbackHttpServer.StartAsync("127.0.0.2");
        mirror.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        feedServer.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(mirror.Url("/politics/budget-deal").ToString(), Summary)));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(feedServer.Url("/rss"), allowedHosts: ["127.0.0.2"]).ReadAsync(CancellationToken.None);

        Assert.Contains("$310 million", Assert.Single(batch.Articles).Text, StringComparison.Ordinal);
        Assert.Empty(batch.Skipped);
    }

    [Fact]
    public async Task Allowing_private_networks_lets_pages_and_redirects_reach_any_loopback_host()
    {
        await using var feedServer = await LoopbackHttpServer.StartAsync();
        await using var mirror = await LoopbackHttpServer.StartAsync("127.0.0.3");
        mirror.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        feedServer.Serve("/story", ServedResponse.Redirect(mirror.Url("/politics/budget-deal").ToString()));
        feedServer.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(feedServer.Url("/story").ToString(), Summary)));
        using var host = FeedTestHost.Create(("Feeds:AllowPrivateNetworks", "true"));

        var batch = await host.Feed(feedServer.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Contains("$310 million", Assert.Single(batch.Articles).Text, StringComparison.Ordinal);
    }

    private static void AssertRefused(SourceBatch batch, Uri page)
    {
        var refusal = Assert.Single(batch.Skipped);
        Assert.Equal(page.ToString(), refusal.Location);
        Assert.Contains("refused", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("private address", refusal.Reason, StringComparison.Ordinal);
    }
}
