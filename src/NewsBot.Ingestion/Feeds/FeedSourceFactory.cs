using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Creates <see cref="FeedSource"/>s with the shared HttpClient, options and request limiter. Registered by
/// <see cref="FeedsServiceCollectionExtensions.AddNewsFeeds"/>; <see cref="SourceCatalogue"/> creates the configured feed
/// sources with it.
/// </summary>
public sealed class FeedSourceFactory
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly FeedOptions _options;
    private readonly FeedRequestLimiter _limiter;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;

    public FeedSourceFactory(IHttpClientFactory httpClientFactory, IOptions<FeedOptions> options, FeedRequestLimiter limiter, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _limiter = limiter;
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory;
    }

    /// <summary>A new feed source for <paramref name="source"/> (keep it: it remembers validators and pages read).</summary>
    public FeedSource Create(SourceOptions source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Kind != SourceKind.Feed)
        {
            throw new ArgumentException($"Source '{source.Name}' is a {source.Kind} source, not a feed.", nameof(source));
        }

        return new FeedSource(
            source,
            _httpClientFactory.CreateClient(FeedSource.HttpClientName),
            _options,
            _limiter,
            _timeProvider,
            _loggerFactory.CreateLogger<FeedSource>());
    }
}
