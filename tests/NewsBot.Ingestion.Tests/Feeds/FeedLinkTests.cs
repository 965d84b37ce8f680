using NewsBot.Ingestion.Files;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>
/// Where an item's link points and the id it gets: resolved against the address the feed moved to, tracking
/// parameters left out of the id.
/// </summary>
public sealed class FeedLinkTests
{
    [Fact]
    public async Task A_redirected_feed_resolves_relative_links_against_the_address_it_moved_to()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/old-feed", ServedResponse.Redirect("/feeds/politics/rss.xml", 301));
        server.Serve("/feeds/politics/rss.xml", ServedResponse.Text(
            FeedSamples.SummaryOnlyRss("stories/budget-deal.html", "A full enough summary.")));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/old-feed")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(server.Url("/feeds/politics/stories/budget-deal.html").ToString(), Assert.Single(batch.Articles).Url);
    }

    [Fact]
    public async Task Item_links_with_tracking_parameters_get_ids_without_them()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss("https://Herald.Example/2025/budget-deal/?utm_source=rss&amp;id=7&amp;fbclid=abc#top", "Summary.")));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var article = Assert.Single((await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal(ArticleIds.FromUrl("https://herald.example/2025/budget-deal?id=7"), article.Id);
        Assert.Equal("https://herald.example/2025/budget-deal/?utm_source=rss&id=7&fbclid=abc#top", article.Url);
    }
}
