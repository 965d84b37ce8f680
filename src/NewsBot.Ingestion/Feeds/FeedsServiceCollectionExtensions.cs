using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Scheduling;
using NewsBot.Ingestion.Sources;
using Polly;

namespace NewsBot.Ingestion.Feeds;

/// <summary>Registers feed reading and the scheduled refresh of sources.</summary>
public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="FeedOptions"/> (section <c>Feeds</c>) and <see cref="RefreshOptions"/> (section <c>Refresh</c>),
    /// validated at start; the <see cref="FeedSource.HttpClientName"/> HttpClient (automatic gzip/deflate/brotli
    /// decompression, no automatic redirects, every connection checked by <see cref="GuardedConnector"/>, retries with
    /// exponential backoff for transient failures); the shared <see cref="FeedRequestLimiter"/>; <see cref="FeedSourceFactory"/>, also as the
    /// <c>Func&lt;SourceOptions, IArticleSource&gt;</c> that creates feed sources; <see cref="IArticleSourceFactory"/>
    /// (folders through a registered <see cref="FolderSourceFactory"/>); the <see cref="SourceStatusStore"/>; and the
    /// hosted <see cref="SourceRefreshService"/>, which needs an <see cref="ISourceRefresher"/> registered elsewhere.
    /// Everything is added with <c>TryAdd*</c>, so tests and the composition root can replace any part.
    /// </summary>
    public static IServiceCollection AddNewsFeeds(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(FeedRequestLimiter)))
        {
            // Already added: a second HttpClient configuration would stack a second retry handler on the first.
            return services;
        }

        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RefreshOptions>().BindConfiguration(RefreshOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FeedRequestLimiter>();

        services.AddHttpClient(FeedSource.HttpClientName)
            // FeedHttpFetcher bounds each fetch itself (headers and body), so the client's own 100 s limit stays out of the way.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(CreateHandler)
            .AddResilienceHandler("feeds", static (builder, context) =>
            {
                // Retries only: a circuit breaker shared by every feed would let one broken outlet stop the others,
                // and a source that keeps failing is already backed off by the scheduler.
                var options = context.ServiceProvider.GetRequiredService<IOptions<FeedOptions>>().Value;
                if (options.Retries > 0)
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.Retries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        MaxDelay = options.Timeout,
                    });
                }
            });

        services.TryAddSingleton<FeedSourceFactory>();
        // How the configured-source list creates its feeds; resolved straight to FeedSourceFactory so that no
        // replacement of IArticleSourceFactory can make the two factories call each other.
        services.TryAddSingleton<Func<SourceOptions, IArticleSource>>(provider => provider.GetRequiredService<FeedSourceFactory>().Create);
        services.TryAddSingleton<IArticleSourceFactory>(provider => new ArticleSourceFactory(
            provider.GetRequiredService<FeedSourceFactory>(),
            provider.GetService<FolderSourceFactory>()));
        services.TryAddSingleton(provider => new SourceStatusStore(
            StatusPath(provider.GetRequiredService<IOptions<RefreshOptions>>().Value, provider.GetService<IConfiguration>()),
            provider.GetRequiredService<ILogger<SourceStatusStore>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SourceRefreshService>());
        return services;
    }

    /// <summary><see cref="RefreshOptions.StatusPath"/>, else <c>sources-status.json</c> beside the index folder (<c>Index:Path</c>).</summary>
    internal static string StatusPath(RefreshOptions options, IConfiguration? configuration)
    {
        if (!string.IsNullOrWhiteSpace(options.StatusPath))
        {
            return Path.GetFullPath(options.StatusPath);
        }

        var index = Path.GetFullPath(configuration?["Index:Path"] is { Length: > 0 } configured ? configured : Path.Combine("index", "lucene"));
        var folder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(index)) ?? index;
        return Path.Combine(folder, "sources-status.json");
    }

    private static SocketsHttpHandler CreateHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        // FeedHttpFetcher follows redirects itself, checking every hop; the connector checks every address connected to,
        // which a proxy would hide, so none is used.
        AllowAutoRedirect = false,
        UseProxy = false,
        ConnectCallback = GuardedConnector.ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
