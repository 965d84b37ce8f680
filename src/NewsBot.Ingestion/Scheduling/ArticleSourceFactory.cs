using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Scheduling;

/// <summary>
/// Creates a <see cref="FeedSource"/> for <see cref="SourceKind.Feed"/>, and delegates <see cref="SourceKind.Folder"/>
/// to the folder reader given at construction (registered by the composition root as a
/// <c>Func&lt;SourceOptions, IArticleSource&gt;</c> singleton).
/// </summary>
public sealed class ArticleSourceFactory : IArticleSourceFactory
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly FeedOptions _feedOptions;
    private readonly FeedRequestLimiter _limiter;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly Func<SourceOptions, IArticleSource>? _createFolderSource;

    public ArticleSourceFactory(
        IHttpClientFactory httpClientFactory,
        IOptions<FeedOptions> feedOptions,
        FeedRequestLimiter limiter,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        Func<SourceOptions, IArticleSource>? createFolderSource = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(feedOptions);
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _httpClientFactory = httpClientFactory;
        _feedOptions = feedOptions.Value;
        _limiter = limiter;
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory;
        _createFolderSource = createFolderSource;
    }

    /// <inheritdoc />
    public IArticleSource Create(SourceOptions source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Kind switch
        {
            SourceKind.Feed => new FeedSource(
                source,
                _httpClientFactory.CreateClient(FeedSource.HttpClientName),
                _feedOptions,
                _limiter,
                _timeProvider,
                _loggerFactory.CreateLogger<FeedSource>()),
            SourceKind.Folder => _createFolderSource?.Invoke(source)
                ?? throw new InvalidOperationException(
                    $"Source '{source.Name}' is a folder, but no folder reader is registered: register a Func<SourceOptions, IArticleSource> singleton before AddNewsFeeds."),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source.Kind, "Unknown source kind."),
        };
    }
}
