using System.Text;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>Feeds written to hurt the reader: each is refused or read safely, and never costs more than its bounds.</summary>
public sealed class HostileFeedTests
{
    [Fact]
    public async Task A_feed_whose_dtd_declares_expanding_entities_is_refused_without_expanding_them()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(EntityExpansionFeed(levels: 6)));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.DoesNotContain(batch.Articles, article => article.Text.Length > 10_000);
        Assert.False(batch.Succeeded);
        Assert.Contains("DTD", batch.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_with_a_public_doctype_and_no_entities_is_still_read()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text("""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old Wire</title><link>https://old.example/</link>
            <item><title>Council adopts budget</title><link>https://old.example/budget</link><description>The council adopted the budget on Monday.</description></item>
            </channel></rss>
            """));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal("The council adopted the budget on Monday.", Assert.Single(batch.Articles).Text);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://files.example/story")]
    [InlineData("http://[not-a-host/")]
    public async Task An_item_whose_page_redirects_to_something_not_on_the_web_is_reported_and_the_rest_of_the_feed_is_read(string target)
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/bad", ServedResponse.Redirect(target));
        server.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummariesRss(server.Url("/bad"), server.Url("/politics/budget-deal"))));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(2, batch.Articles.Count);
        Assert.Equal("Summary 0.", batch.Articles[0].Text);
        Assert.Contains("$310 million", batch.Articles[1].Text, StringComparison.Ordinal);
        var reported = Assert.Single(batch.Skipped);
        Assert.Equal(server.Url("/bad").ToString(), reported.Location);
    }

    [Fact]
    public async Task An_item_whose_page_fails_in_a_way_nobody_foresaw_is_reported_and_the_rest_of_the_feed_is_read()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/odd", ServedResponse.Html(FeedSamples.BudgetDealPage));
        server.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummariesRss(server.Url("/odd"), server.Url("/politics/budget-deal"))));
        using var host = FeedTestHost.Create(() => new FailingOnPath("/odd", new UriFormatException("Invalid URI: The hostname could not be parsed.")));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(2, batch.Articles.Count);
        Assert.Equal("Summary 0.", batch.Articles[0].Text);
        Assert.Contains("$310 million", batch.Articles[1].Text, StringComparison.Ordinal);
        Assert.Equal(server.Url("/odd").ToString(), Assert.Single(batch.Skipped).Location);
    }

    [Fact]
    public async Task An_item_page_of_a_hundred_thousand_nested_divs_is_refused_and_the_item_keeps_its_summary()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/deep", ServedResponse.Html(NewsBot.Ingestion.Tests.Files.HostileFileTests.NestedDivs(100_000)));
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/deep").ToString(), "Lawmakers reached a tentative deal late Wednesday.")));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Equal("Lawmakers reached a tentative deal late Wednesday.", Assert.Single(batch.Articles).Text);
        Assert.Contains("Feeds:MaxHtml", Assert.Single(batch.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_whose_own_content_nests_a_hundred_thousand_deep_is_skipped_and_the_others_read()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var deep = NewsBot.Ingestion.Tests.Files.HostileFileTests.NestedDivs(100_000);
        server.Serve("/rss", ServedResponse.Text(FeedSamples.FullTextRss("Wire", ("deep", "Deep", deep), ("fine", "Fine", "The council approved the budget."))));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Equal("The council approved the budget.", Assert.Single(batch.Articles).Text);
        Assert.Contains("Feeds:MaxHtml", Assert.Single(batch.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_link_with_a_user_info_part_is_neither_fetched_nor_kept_as_the_citation()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        var disguised = new UriBuilder(server.Url("/politics/budget-deal")) { UserName = "trusted.example" }.Uri;
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(disguised.ToString(), "Lawmakers reached a tentative deal late Wednesday.")));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        var article = Assert.Single(batch.Articles);
        Assert.Null(article.Url);
        Assert.Equal("Lawmakers reached a tentative deal late Wednesday.", article.Text);
        Assert.Equal(0, server.RequestCount("/politics/budget-deal"));
        Assert.Contains(batch.Skipped, item => item.Reason.Contains("user", StringComparison.Ordinal));
    }

    /// <summary>A "billion laughs" feed: each entity repeats the one before ten times, 3·10^levels characters in all.</summary>
    private static string EntityExpansionFeed(int levels)
    {
        var dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= levels; level++)
        {
            dtd.Append("<!ENTITY lol").Append(level).Append(" \"");
            for (var i = 0; i < 10; i++)
            {
                dtd.Append("&lol").Append(level - 1).Append(';');
            }

            dtd.Append("\">");
        }

        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE rss [{dtd}]>
            <rss version="2.0"><channel><title>Laughs</title><link>https://laughs.example/</link>
            <item><title>Item</title><link>https://laughs.example/1</link><description>&lol{levels};</description></item>
            </channel></rss>
            """;
    }

    // Throws for one path as a bug in a lower layer would, with an exception no fetch code expects.
    private sealed class FailingOnPath(string path, Exception failure) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri?.AbsolutePath == path ? throw failure : base.SendAsync(request, cancellationToken);
    }
}
