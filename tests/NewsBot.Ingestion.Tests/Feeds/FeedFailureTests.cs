using NewsBot.Core.Sources;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>The issue's "Bad input": each ends the read of that source with a clear reason, and never holds up another source.</summary>
public sealed class FeedFailureTests
{
    private const string Malformed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</title>""";

    [Fact]
    public async Task Malformed_xml_fails_with_the_parser_position()
    {
        var batch = await ReadAsync(ServedResponse.Text(Malformed));

        Assert.Contains("is not well-formed XML", batch.Failure, StringComparison.Ordinal);
        Assert.Contains("Line 1", batch.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_served_as_a_feed_fails_saying_it_is_a_page()
    {
        var batch = await ReadAsync(ServedResponse.Html(FeedSamples.FrontPage));

        Assert.Contains("is an HTML page, not an RSS or Atom feed", batch.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_page_served_as_xml_with_an_xhtml_root_still_fails_as_not_a_feed()
    {
        var batch = await ReadAsync(ServedResponse.Text("""<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>""", "application/xml"));

        Assert.Contains("not an RSS or Atom feed", batch.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_fails_with_the_status()
    {
        var batch = await ReadAsync(ServedResponse.StatusCode(404, "Not Found"));

        Assert.Contains("HTTP 404", batch.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_fails_with_the_status_after_the_configured_retries()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/feed", ServedResponse.StatusCode(500, "boom"));
        using var host = FeedTestHost.Create(("Feeds:Retries", "2"), ("Feeds:RetryDelay", "00:00:00.010"));

        var batch = await host.Feed(server.Url("/feed")).ReadAsync(CancellationToken.None);

        Assert.Contains("HTTP 500", batch.Failure, StringComparison.Ordinal);
        Assert.Contains("after 2 retries", batch.Failure, StringComparison.Ordinal);
        Assert.Equal(3, server.RequestCount("/feed"));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_fails_with_the_timeout()
    {
        var batch = await ReadAsync(ServedResponse.Text(FeedSamples.BeltwayAtom) with { Delay = TimeSpan.FromMinutes(5) }, ("Feeds:Timeout", "00:00:01"));

        Assert.Contains("within 1 s (Feeds:Timeout)", batch.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_50_MB_response_fails_with_the_size_limit_whether_or_not_its_length_is_announced(bool declareLength)
    {
        var huge = ServedResponse.Text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>""") with
        {
            StreamedBytes = 50L * 1024 * 1024,
            DeclareStreamedLength = declareLength,
        };

        var batch = await ReadAsync(huge);

        Assert.Contains("larger than 5 MB (Feeds:MaxResponseBytes)", batch.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_loop_fails_after_the_configured_redirects()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/feed", ServedResponse.Redirect("/feed-moved"));
        server.Serve("/feed-moved", ServedResponse.Redirect("/feed"));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(server.Url("/feed")).ReadAsync(CancellationToken.None);

        Assert.Contains("redirects more than 5 times (Feeds:MaxRedirects)", batch.Failure, StringComparison.Ordinal);
        Assert.Equal(6, server.RequestCount("/feed") + server.RequestCount("/feed-moved"));
    }

    [Fact]
    public async Task A_feed_of_10000_items_yields_the_first_MaxItems_and_reports_the_rest()
    {
        var batch = await ReadAsync(ServedResponse.Text(FeedSamples.ManyItemsRss(10_000)), ("Feeds:FetchPages", "false"));

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(500, batch.Articles.Count);
        Assert.Equal("Item 0", batch.Articles[0].Title);
        Assert.Equal("Item 499", batch.Articles[^1].Title);
        var skipped = Assert.Single(batch.Skipped);
        Assert.Equal("The feed has 10000 items; only the first 500 were read (Feeds:MaxItems).", skipped.Reason);
    }

    [Fact]
    public async Task A_failure_comes_back_in_the_batch_and_is_left_to_the_refresh_to_log_once()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/feed", ServedResponse.Html(FeedSamples.FrontPage));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(server.Url("/feed"), name: "herald").ReadAsync(CancellationToken.None);

        Assert.Contains("is an HTML page", batch.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), record => record.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task A_hanging_feed_does_not_hold_up_another_source()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/slow", ServedResponse.Text(FeedSamples.BeltwayAtom) with { Delay = TimeSpan.FromMinutes(5) });
        server.Serve("/fast", ServedResponse.Text(FeedSamples.StatehouseRdf));
        using var host = FeedTestHost.Create(("Feeds:Timeout", "00:05:00"), ("Feeds:FetchPages", "false"));
        using var stop = new CancellationTokenSource();
        var slow = host.Feed(server.Url("/slow"), name: "slow").ReadAsync(stop.Token);

        var fast = await host.Feed(server.Url("/fast"), name: "fast").ReadAsync(CancellationToken.None);

        Assert.True(fast.Succeeded, fast.Failure);
        Assert.Equal(2, fast.Articles.Count);
        Assert.False(slow.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
    }

    [Fact]
    public async Task A_failed_read_does_not_forget_the_previous_validators()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var good = ServedResponse.Text(FeedSamples.BeltwayAtom) with { ETag = "\"good\"" };
        server.ServeSequence("/feed", good, ServedResponse.Text(Malformed), good);
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));
        var feed = host.Feed(server.Url("/feed"));

        var first = await feed.ReadAsync(CancellationToken.None);
        var broken = await feed.ReadAsync(CancellationToken.None);
        var third = await feed.ReadAsync(CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.False(broken.Succeeded);
        Assert.True(third.NotModified);
    }

    [Fact]
    public async Task A_transient_server_error_is_retried_and_the_feed_read()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.ServeSequence("/rss", ServedResponse.StatusCode(503), ServedResponse.Text(FeedSamples.BeltwayAtom));
        using var host = FeedTestHost.Create(("Feeds:Retries", "2"), ("Feeds:RetryDelay", "00:00:00.010"), ("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(2, batch.Articles.Count);
        Assert.Equal(2, server.RequestCount("/rss"));
    }

    [Theory]
    [InlineData(429, "Too Many Requests")]
    [InlineData(503, "Service Unavailable")]
    public async Task A_server_asking_for_a_long_wait_is_reported_as_asking_not_as_a_time_out_and_not_retried(int status, string phrase)
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.StatusCode(status) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "3600" } });
        using var host = FeedTestHost.Create(("Feeds:Retries", "3"), ("Feeds:Timeout", "00:00:02"), ("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Equal(
            $"{server.Url("/rss")} answered HTTP {status} {phrase} and asks not to be read again for 60 min (Retry-After).",
            batch.Failure);
        Assert.Equal(TimeSpan.FromHours(1), batch.RetryAfter);
        Assert.Equal(1, server.RequestCount("/rss"));
    }

    [Fact]
    public async Task A_wait_given_as_a_date_is_measured_from_now()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var date = DateTimeOffset.UtcNow.AddHours(3).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        server.Serve("/rss", ServedResponse.StatusCode(429) with { Headers = new Dictionary<string, string> { ["Retry-After"] = date } });
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Contains("asks not to be read again for 3 h (Retry-After)", batch.Failure, StringComparison.Ordinal);
        Assert.InRange(batch.RetryAfter!.Value, TimeSpan.FromHours(2.9), TimeSpan.FromHours(3));
    }

    [Fact]
    public async Task A_short_wait_is_waited_out_and_the_feed_read()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var busy = ServedResponse.StatusCode(503) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "1" } };
        server.ServeSequence("/rss", busy, ServedResponse.Text(FeedSamples.BeltwayAtom));
        using var host = FeedTestHost.Create(("Feeds:Retries", "2"), ("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Null(batch.RetryAfter);
        Assert.Equal(2, server.RequestCount("/rss"));
    }

    private static async Task<SourceBatch> ReadAsync(ServedResponse response, params (string Key, string Value)[] settings)
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/feed", response);
        using var host = FeedTestHost.Create(settings);
        var batch = await host.Feed(server.Url("/feed")).ReadAsync(CancellationToken.None);
        Assert.False(batch.Succeeded && batch.Skipped.Count == 0 && response.Status != 200, "A failing feed must not read as a clean success.");
        return batch;
    }
}
