using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;
using NewsBot.Testing.Http;
using NewsBot.Testing;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedsServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Theory]
    [InlineData("Feeds:MaxItems", "0", "Feeds:MaxItems must be between 1 and 100000.")]
    [InlineData("Feeds:Timeout", "00:00:00", "Feeds:Timeout must be between")]
    public async Task A_wrong_setting_stops_start_up_naming_the_setting(string key, string value, string expected)
    {
        using var host = Host(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_feeds_twice_still_reads_feeds_with_one_set_of_retries()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.StatusCode(503));
        using var host = Host(new() { ["Feeds:Retries"] = "1", ["Feeds:RetryDelay"] = "00:00:00.010" }, services => services.AddNewsFeeds());
        var feed = host.Services.GetRequiredService<FeedSourceFactory>()
            .Create(new SourceOptions { Name = "wire", Kind = SourceKind.Feed, Location = server.Url("/rss").ToString() });

        var batch = await feed.ReadAsync(CancellationToken.None);

        Assert.Contains("HTTP 503", batch.Failure, StringComparison.Ordinal);
        Assert.Equal(2, server.RequestCount("/rss"));
    }

    public void Dispose() => _directory.Dispose();

    private static IHost Host(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        configure?.Invoke(builder.Services);
        builder.Services.AddNewsFeeds();
        builder.Services.AddHttpClient(FeedSource.HttpClientName).AddHttpMessageHandler(() => new LoopbackOnlyHandler());
        return builder.Build();
    }
}
