using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>Credentials in a feed's configured url never reach what the bot reports, logs or stores.</summary>
public sealed class FeedCredentialTests
{
    [Fact]
    public async Task A_failing_feed_url_with_credentials_is_reported_without_them()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/feed", ServedResponse.StatusCode(404));
        var url = new UriBuilder(server.Url("/feed")) { UserName = "reader", Password = "hunter2", Query = "apikey=s3cret" }.Uri;
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(url).ReadAsync(CancellationToken.None);

        Assert.False(batch.Succeeded);
        AssertNoSecret(batch.Failure!);
        Assert.All(host.Logs.GetSnapshot(), record => AssertNoSecret(record.Message));
    }

    [Fact]
    public async Task Items_of_a_feed_url_with_credentials_neither_store_nor_report_them()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/feed", ServedResponse.Text("""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><guid isPermaLink="false">a-1</guid><title>No link</title><description>The council met.</description></item>
            <item><title>Neither</title></item>
            </channel></rss>
            """));
        var url = new UriBuilder(server.Url("/feed")) { Query = "apikey=s3cret" }.Uri;
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(url).ReadAsync(CancellationToken.None);

        var article = Assert.Single(batch.Articles);
        AssertNoSecret(article.Location);
        Assert.NotEmpty(batch.Skipped);
        Assert.All(batch.Skipped, item => AssertNoSecret(item.ToString()));
        Assert.All(host.Logs.GetSnapshot(), record => AssertNoSecret(record.Message));
    }

    [Fact]
    public async Task A_relative_item_link_in_a_feed_whose_url_has_credentials_is_resolved_without_them()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/feed", ServedResponse.Text("""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>Bridge closed</title><link>/news/bridge</link><description>Engineers closed the Harbor Street bridge.</description></item>
            </channel></rss>
            """));
        var url = new UriBuilder(server.Url("/feed")) { UserName = "reader", Password = "hunter2", Query = "apikey=s3cret" }.Uri;
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(url).ReadAsync(CancellationToken.None);

        var article = Assert.Single(batch.Articles);
        Assert.Equal(server.Url("/news/bridge").ToString(), article.Url);
        Assert.Empty(batch.Skipped);
    }

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
    }
}
