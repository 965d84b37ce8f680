using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Scheduling;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Tests.Scheduling;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedsServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newsbot-feeds-di-{Guid.NewGuid():N}");

    [Theory]
    [InlineData("Feeds:MaxItems", "0", "Feeds:MaxItems must be between 1 and 100000.")]
    [InlineData("Feeds:Timeout", "00:00:00", "Feeds:Timeout must be between")]
    [InlineData("Refresh:IntervalMinutes", "0", "Refresh:IntervalMinutes must be between 1 and 10080 (a week).")]
    public async Task A_wrong_setting_stops_start_up_naming_the_setting(string key, string value, string expected)
    {
        using var host = Host(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_status_file_defaults_to_beside_the_index_folder()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = Path.Combine(_folder, "data", "lucene") + "/" }).Build();

        Assert.Equal(Path.Combine(_folder, "data", "sources-status.json"), FeedsServiceCollectionExtensions.StatusPath(new RefreshOptions(), configuration));
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "index", "sources-status.json"), FeedsServiceCollectionExtensions.StatusPath(new RefreshOptions(), null));
        Assert.Equal(Path.Combine(_folder, "s.json"), FeedsServiceCollectionExtensions.StatusPath(new RefreshOptions { StatusPath = Path.Combine(_folder, "s.json") }, configuration));
    }

    [Fact]
    public async Task A_story_added_to_a_served_feed_is_read_by_the_next_scheduled_refresh()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.FullTextRss("Wire", ("one", "First story", "The first story."))) with { ETag = "\"1\"" });
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var refresher = new RecordingSourceRefresher(time);
        using var host = Host(new() { ["Refresh:StatusPath"] = Path.Combine(_folder, "status.json") }, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<ISourceRefresher>(refresher);
            services.Configure<SourcesOptions>(o => o.Items.Add(new SourceOptions { Name = "wire", Kind = SourceKind.Feed, Location = server.Url("/rss").ToString() }));
        });
        var store = host.Services.GetRequiredService<SourceStatusStore>();
        await host.StartAsync();
        await refresher.NextAsync();
        await WaitForStatusAsync(store, s => s.ArticlesRead == 1);

        server.Serve("/rss", ServedResponse.Text(FeedSamples.FullTextRss("Wire", ("two", "Second story", "The second story."), ("one", "First story", "The first story."))) with { ETag = "\"2\"" });
        time.Advance(TimeSpan.FromMinutes(15));
        await refresher.NextAsync();
        var status = await WaitForStatusAsync(store, s => s.ArticlesRead == 2);

        await host.StopAsync();
        Assert.Equal(0, status.ConsecutiveFailures);
        Assert.Equal("\"1\"", server.RequestsFor("/rss")[1].Header("If-None-Match"));
    }

    [Fact]
    public async Task Adding_feeds_twice_still_reads_feeds_with_one_set_of_retries()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.StatusCode(503));
        using var host = Host(new() { ["Feeds:Retries"] = "1", ["Feeds:RetryDelay"] = "00:00:00.010" }, services => services.AddNewsFeeds());
        var feed = host.Services.GetRequiredService<IArticleSourceFactory>()
            .Create(new SourceOptions { Name = "wire", Kind = SourceKind.Feed, Location = server.Url("/rss").ToString() });

        var batch = await feed.ReadAsync(CancellationToken.None);

        Assert.Contains("HTTP 503", batch.Failure, StringComparison.Ordinal);
        Assert.Equal(2, server.RequestCount("/rss"));
    }

    [Fact]
    public void Feeds_come_from_the_registered_func_and_folders_from_the_registered_folder_factory()
    {
        var folder = new FakeArticleSource("samples");
        using var host = Host([], services => services.AddSingleton<FolderSourceFactory>(_ => folder));
        var feedOptions = new SourceOptions { Name = "wire", Kind = SourceKind.Feed, Location = "http://127.0.0.1:9/rss" };
        var folderOptions = new SourceOptions { Name = "samples", Kind = SourceKind.Folder, Location = "index/articles" };

        var fromFunc = host.Services.GetRequiredService<Func<SourceOptions, IArticleSource>>()(feedOptions);
        var factory = host.Services.GetRequiredService<IArticleSourceFactory>();

        Assert.IsType<FeedSource>(fromFunc);
        Assert.IsType<FeedSource>(factory.Create(feedOptions));
        Assert.Same(folder, factory.Create(folderOptions));
    }

    [Fact]
    public void Without_a_folder_factory_a_folder_source_is_refused_with_the_fix()
    {
        using var host = Host([]);

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IArticleSourceFactory>()
            .Create(new SourceOptions { Name = "samples", Kind = SourceKind.Folder, Location = "index/articles" }));

        Assert.Contains("register a FolderSourceFactory", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static IHost Host(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<ISourceRefresher>(new RecordingSourceRefresher(TimeProvider.System));
        configure?.Invoke(builder.Services);
        builder.Services.AddNewsFeeds();
        builder.Services.AddHttpClient(FeedSource.HttpClientName).AddHttpMessageHandler(() => new LoopbackOnlyHandler());
        return builder.Build();
    }

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
