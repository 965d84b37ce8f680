using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace NewsBot.Ingestion.Feeds;

/// <summary>Registers feed reading.</summary>
public static class FeedsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="FeedOptions"/> (section <c>Feeds</c>), validated at start; the <see cref="FeedSource.HttpClientName"/>
    /// HttpClient (automatic gzip/deflate/brotli decompression, no automatic redirects, every connection checked by
    /// <see cref="GuardedConnector"/>, retries with exponential backoff for transient failures); the shared
    /// <see cref="FeedRequestLimiter"/>; and <see cref="FeedSourceFactory"/>. Everything is added with <c>TryAdd*</c>, so
    /// tests and the composition root can replace any part.
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
                var timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                var longestWait = RetryAfterHeader.LongestInFetch(options);
                if (options.Retries > 0)
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        // A server asking for a longer wait than one fetch can spend is not retried here; the fetcher
                        // reports what it asked and the scheduler waits (RetryAfterHeader). A shorter one is waited out.
                        ShouldHandle = arguments => ValueTask.FromResult(
                            HttpClientResiliencePredicates.IsTransient(arguments.Outcome)
                            && !(RetryAfterHeader.Wait(arguments.Outcome.Result, timeProvider.GetUtcNow()) > longestWait)),
                        MaxRetryAttempts = options.Retries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        MaxDelay = options.Timeout,
                    });
                }
            });

        services.TryAddSingleton<FeedSourceFactory>();
        return services;
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
