using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>
/// Feeds read from files: relative links resolve against the site the feed names, a missing file is a failure
/// that names it.
/// </summary>
public sealed class FeedFileTests
{
    [Fact]
    public async Task A_feed_file_is_read_and_its_relative_links_resolve_against_the_site_it_names()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.WriteFile("ledger.xml", FeedSamples.CapitolLedgerRss);
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(path).ReadAsync(CancellationToken.None);
        var byFileUrl = await host.Feed(new Uri(path).ToString()).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal("https://ledger.example/politics/2025/11/25/senate-border-bill.html", batch.Articles[0].Url);
        Assert.Equal(batch.Articles.Select(a => a.Id), byFileUrl.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task A_missing_feed_file_is_a_failure_naming_the_file()
    {
        using var host = FeedTestHost.Create();
        using var directory = new TemporaryDirectory();
        var path = directory.Combine("missing.xml");

        var batch = await host.Feed(path).ReadAsync(CancellationToken.None);

        Assert.False(batch.Succeeded);
        Assert.Contains(path, batch.Failure, StringComparison.Ordinal);
        Assert.Contains("does not exist", batch.Failure, StringComparison.Ordinal);
    }
}
