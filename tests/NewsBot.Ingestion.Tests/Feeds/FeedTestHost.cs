using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>
/// The feed reader as the application composes it (<see cref="FeedsServiceCollectionExtensions.AddNewsFeeds"/>: the
/// real HttpClient with retries, decompression and redirects), with settings for the test and a <see cref="FakeLogCollector"/>.
/// </summary>
internal sealed class FeedTestHost : IDisposable
{
    private readonly ServiceProvider _provider;

    private FeedTestHost(ServiceProvider provider)
    {
        _provider = provider;
        Logs = provider.GetFakeLogCollector();
    }

    /// <summary>Every log record written through the host's loggers.</summary>
    public FakeLogCollector Logs { get; }

    public IServiceProvider Services => _provider;

    /// <summary>A host whose feed settings are the defaults except no retries (tests of retries say so) and these.</summary>
    public static FeedTestHost Create(params (string Key, string Value)[] settings) => Create(null, settings);

    /// <summary>As <see cref="Create(ValueTuple{string, string}[])"/>, with <paramref name="handler"/> in the feed client's pipeline (to make requests fail in odd ways).</summary>
    public static FeedTestHost Create(Func<DelegatingHandler>? handler, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Feeds:Retries"] = "0" };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddNewsFeeds();
        var client = services.AddHttpClient(FeedSource.HttpClientName).AddHttpMessageHandler(() => new LoopbackOnlyHandler());
        if (handler is not null)
        {
            client.AddHttpMessageHandler(handler);
        }

        return new FeedTestHost(services.BuildServiceProvider());
    }

    /// <summary>A feed source for <paramref name="location"/> (a URL or a file path).</summary>
    public IArticleSource Feed(string location, string name = "feed", string? outlet = null, string? label = null, string[]? allowedHosts = null)
    {
        var source = new SourceOptions { Name = name, Kind = SourceKind.Feed, Location = location, Outlet = outlet, Label = label };
        foreach (var allowed in allowedHosts ?? [])
        {
            source.AllowedHosts.Add(allowed);
        }

        return _provider.GetRequiredService<FeedSourceFactory>().Create(source);
    }

    public IArticleSource Feed(Uri url, string name = "feed", string? outlet = null, string? label = null, string[]? allowedHosts = null) =>
        Feed(url.ToString(), name, outlet, label, allowedHosts);

    public void Dispose() => _provider.Dispose();
}
