using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;
using NewsBot.Maintenance.Scheduling;
using NewsBot.Maintenance.Status;
using NewsBot.Maintenance.Tests.Scheduling;
using NewsBot.Testing;
using NewsBot.Testing.Http;

namespace NewsBot.Maintenance.Tests;

public sealed class MaintenanceServiceCollectionExtensionsTests
{
    [Fact]
    public async Task A_wrong_refresh_setting_stops_start_up_naming_the_setting()
    {
        using var directory = new TemporaryDirectory();
        using var host = MaintenanceFixture.Build(new() { ["Index:Path"] = directory.Combine("lucene"), ["Refresh:IntervalMinutes"] = "0" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Refresh:IntervalMinutes must be between 1 and 10080 (a week).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_status_file_defaults_to_inside_the_index_folder_so_two_indexes_in_one_folder_keep_their_own()
    {
        using var directory = new TemporaryDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = directory.Combine("data", "lucene") + "/" }).Build();

        Assert.Equal(directory.Combine("data", "lucene", "sources-status.json"), MaintenanceServiceCollectionExtensions.StatusPath(new RefreshOptions(), configuration));
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "index", "lucene", "sources-status.json"), MaintenanceServiceCollectionExtensions.StatusPath(new RefreshOptions(), null));
        Assert.Equal(directory.Combine("s.json"), MaintenanceServiceCollectionExtensions.StatusPath(new RefreshOptions { StatusPath = directory.Combine("s.json") }, configuration));
        var other = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = directory.Combine("data", "wikinews") }).Build();
        Assert.Equal(directory.Combine("data", "wikinews", "sources-status.json"), MaintenanceServiceCollectionExtensions.StatusPath(new RefreshOptions(), other));
    }

    [Fact]
    public async Task A_story_added_to_a_served_feed_is_read_by_the_next_scheduled_refresh()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(Rss(("one", "First story", "The first story."))) with { ETag = "\"1\"" });
        using var directory = new TemporaryDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var refresher = new RecordingSourceRefresher(time);
        using var host = MaintenanceFixture.Build(
            new() { ["Index:Path"] = directory.Combine("lucene"), ["Refresh:StatusPath"] = directory.Combine("status.json"), ["Feeds:Retries"] = "0" },
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton<ISourceRefresher>(refresher);
                services.AddHttpClient(FeedSource.HttpClientName).AddHttpMessageHandler(() => new LoopbackOnlyHandler());
                services.Configure<SourcesOptions>(o => o.Items.Add(new SourceOptions { Name = "wire", Kind = SourceKind.Feed, Location = server.Url("/rss").ToString() }));
            });
        var store = host.Services.GetRequiredService<SourceStatusStore>();
        await host.StartAsync();
        await refresher.NextAsync();
        await WaitForStatusAsync(store, s => s.ArticlesRead == 1);

        server.Serve("/rss", ServedResponse.Text(Rss(("two", "Second story", "The second story."), ("one", "First story", "The first story."))) with { ETag = "\"2\"" });
        time.Advance(TimeSpan.FromMinutes(15));
        await refresher.NextAsync();
        var status = await WaitForStatusAsync(store, s => s.ArticlesRead == 2);

        await host.StopAsync();
        Assert.Equal(0, status.ConsecutiveFailures);
        // The scheduler read through the catalogue's one feed instance, which remembered the first answer's validator.
        Assert.Equal("\"1\"", server.RequestsFor("/rss")[1].Header("If-None-Match"));
    }

    private static string Rss(params (string Slug, string Title, string Text)[] items)
        => $"""
           <?xml version="1.0" encoding="utf-8"?>
           <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><link>https://wire.example/</link>
           {string.Concat(items.Select(item => $"<item><title>{item.Title}</title><link>https://wire.example/{item.Slug}</link><guid>{item.Slug}</guid><pubDate>Wed, 26 Nov 2025 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>{item.Text}</p>]]></content:encoded></item>"))}
           </channel></rss>
           """;

    private static async Task<SourceStatus> WaitForStatusAsync(SourceStatusStore store, Func<SourceStatus, bool> condition)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await store.ReadAsync("wire", guard.Token) is { } status && condition(status))
            {
                return status;
            }

            await Task.Delay(10, guard.Token);
        }
    }
}
