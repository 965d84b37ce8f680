using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>Reading a feed again: an unchanged feed is not parsed again, a republished item keeps its id.</summary>
public sealed class FeedRereadTests
{
    [Fact]
    public async Task A_republished_item_keeps_its_id_and_carries_the_new_date()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var link = "https://herald.example/2025/11/26/budget-deal";
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(link, "First version.", "Wed, 26 Nov 2025 22:10:00 GMT")));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));
        var feed = host.Feed(server.Url("/rss"));
        var first = Assert.Single((await feed.ReadAsync(CancellationToken.None)).Articles);

        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(link, "Updated version.", "Thu, 27 Nov 2025 08:00:00 GMT")));
        var second = Assert.Single((await feed.ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(new DateTimeOffset(2025, 11, 27, 8, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Equal("Updated version.", second.Text);
    }

    [Fact]
    public async Task An_unchanged_feed_answered_304_to_its_etag_is_reported_not_modified_with_the_previous_articles_and_nothing_is_reread()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/story").ToString())) with { ETag = "\"v1\"" });
        server.Serve("/story", ServedResponse.Html(FeedSamples.BudgetDealPage));
        using var host = FeedTestHost.Create();
        var feed = host.Feed(server.Url("/rss"));
        var first = await feed.ReadAsync(CancellationToken.None);

        var second = await feed.ReadAsync(CancellationToken.None);

        Assert.Single(first.Articles);
        Assert.False(first.NotModified);
        Assert.True(second.Succeeded);
        Assert.True(second.NotModified);
        Assert.Equal(first.Articles, second.Articles);
        var requests = server.RequestsFor("/rss");
        Assert.Equal("\"v1\"", requests[1].Header("If-None-Match"));
        Assert.Equal(304, requests[1].Status);
        Assert.Equal(1, server.RequestCount("/story"));
    }

    [Fact]
    public async Task A_feed_with_only_last_modified_is_asked_if_modified_since_and_reread_when_it_changes()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var modified = new DateTimeOffset(2025, 11, 26, 10, 0, 0, TimeSpan.Zero);
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss("https://herald.example/a", "Old.")) with { LastModified = modified });
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));
        var feed = host.Feed(server.Url("/rss"));
        await feed.ReadAsync(CancellationToken.None);
        var unchanged = await feed.ReadAsync(CancellationToken.None);

        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss("https://herald.example/a", "New.")) with { LastModified = modified.AddHours(1) });
        var changed = await feed.ReadAsync(CancellationToken.None);

        Assert.True(unchanged.NotModified);
        Assert.Equal("Wed, 26 Nov 2025 10:00:00 GMT", server.RequestsFor("/rss")[1].Header("If-Modified-Since"));
        Assert.False(changed.NotModified);
        Assert.Equal("New.", Assert.Single(changed.Articles).Text);
    }
}
