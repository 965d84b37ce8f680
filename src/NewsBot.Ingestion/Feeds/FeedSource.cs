using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Dates;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Text;
using NewsBot.Ingestion.Urls;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// A configured feed (RSS 2.0, RSS 1.0/RDF or Atom, at a URL or in a file) as a source of articles. Reads are
/// conditional (ETag / Last-Modified from the previous read of this instance, so keep one instance per source to
/// benefit; a 304 gives back that read's articles with <see cref="SourceBatch.NotModified"/> set), bounded in time, size and items, and items that carry only a summary get the readable text of the page
/// behind their link (cached per item while it stays in the feed). Failures come back as reasons in the batch.
/// </summary>
public sealed class FeedSource : IArticleSource
{
    /// <summary>Name of the HttpClient (retries, decompression, redirects) registered by <see cref="FeedsServiceCollectionExtensions.AddNewsFeeds"/>.</summary>
    public const string HttpClientName = "NewsBot.Feeds";

    private readonly TimeProvider _time;
    private readonly SourceOptions _source;
    private readonly FeedOptions _options;
    private readonly ILogger<FeedSource> _logger;
    private readonly FeedHttpFetcher _fetcher;
    private readonly ArticlePageReader _pages;
    private readonly FetchPolicy _policy;

    // Stateless; shared by every feed for the lede of an untitled item.
    private static readonly SentenceSplitter Splitter = new();
    private FeedValidators? _validators;
    private IReadOnlyDictionary<string, string> _pageTexts = new Dictionary<string, string>();
    private IReadOnlyList<Article> _lastArticles = [];

    public FeedSource(SourceOptions source, HttpClient httpClient, FeedOptions options, FeedRequestLimiter limiter, TimeProvider timeProvider, ILogger<FeedSource> logger)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _source = source;
        _options = options;
        _logger = logger;
        _fetcher = new FeedHttpFetcher(httpClient, options, limiter, timeProvider);
        _time = timeProvider;
        _policy = FetchPolicy.ForSource(AsHttpUrl(source.Location), source.AllowedHosts, options.AllowPrivateNetworks);
        _pages = new ArticlePageReader(_fetcher, _policy, options.HtmlLimits);
    }

    /// <inheritdoc />
    public string Name => _source.Name;

    /// <inheritdoc />
    public async Task<SourceBatch> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadFeedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // The contract is "failures are values": one feed that breaks something unforeseen must not break a refresh.
            Log.FeedUnexpectedError(_logger, Name, exception);
            return Failed($"Reading the feed failed unexpectedly: {exception.Message}");
        }
    }

    private async Task<SourceBatch> ReadFeedAsync(CancellationToken cancellationToken)
    {
        byte[] document;
        string? charset = null;
        Uri? baseUrl = null;
        FeedValidators? validators = null;
        string where;
        if (AsHttpUrl(_source.Location) is { } url)
        {
            var fetched = await _fetcher.FetchAsync(url, FeedHttpFetcher.FeedAccept, _validators, _policy, trustFirstHop: true, cancellationToken).ConfigureAwait(false);
            if (fetched.NotModified)
            {
                Log.FeedNotModified(_logger, Name);
                // The previous read's articles, not an empty list: "unchanged" must never read as "all gone".
                return new SourceBatch(Name, _lastArticles, []) { NotModified = true, IsArchive = true, KeepDays = _source.KeepDays };
            }

            if (fetched.Body is null)
            {
                return Failed(fetched.Failure ?? $"{SourceLocations.Redact(url)} gave no body.") with { RetryAfter = fetched.RetryAfter };
            }

            (document, charset, baseUrl, validators, where) = (fetched.Body, fetched.Charset, WithoutUserInfo(fetched.FinalUrl ?? url), fetched.Validators, SourceLocations.Redact(url));
        }
        else
        {
            where = Uri.TryCreate(_source.Location, UriKind.Absolute, out var fileUrl) && fileUrl.IsFile
                ? fileUrl.LocalPath
                : Path.GetFullPath(_source.Location);
            var file = new FileInfo(where);
            if (!file.Exists)
            {
                return Failed($"The feed file {where} does not exist.");
            }

            if (file.Length > _options.MaxResponseBytes)
            {
                return Failed($"The feed file {where} is larger than {_options.MaxResponseBytes.ToString(CultureInfo.InvariantCulture)} bytes (Feeds:MaxResponseBytes).");
            }

            document = await File.ReadAllBytesAsync(where, cancellationToken).ConfigureAwait(false);
        }

        var feed = FeedDocumentParser.Parse(document, charset, where, out var failure);
        if (feed is null)
        {
            return Failed(failure!);
        }

        // A feed file has no address of its own: its relative links are relative to the site the feed names.
        baseUrl ??= AsHttpUrl(feed.Link);
        var (entries, skipped) = FeedItemReader.Read(feed, Name, baseUrl, where, _options);
        var outlet = _source.Outlet ?? NullIfEmpty(HtmlText.ToPlainText(feed.Title));
        var (articles, pagesRead, textless) = await ToArticlesAsync(entries, outlet, cancellationToken).ConfigureAwait(false);
        var allSkipped = skipped.Concat(textless).ToList();
        _validators = validators;
        _lastArticles = articles;
        Log.FeedRead(_logger, Name, articles.Count, allSkipped.Count, pagesRead);
        // What a feed once offered is the archive: the articles that left it are kept (see SourceBatch.IsArchive).
        return new SourceBatch(Name, articles, allSkipped) { IsArchive = true, KeepDays = _source.KeepDays };
    }

    /// <summary>
    /// The readable text of the pages behind summary-only items: remembered ones reused, new ones fetched within the
    /// per-read budget and failure cut-off. Items whose page is not read keep their summary.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, string> Texts, int PagesRead, IReadOnlyList<SkippedItem> Failures)> ReadPagesAsync(
        IReadOnlyList<FeedEntry> entries, CancellationToken cancellationToken)
    {
        var previous = _pageTexts;
        var pageTexts = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var pageFailures = new ConcurrentQueue<SkippedItem>();
        var pagesRead = 0;
        var failures = 0;
        var wanted = _options.FetchPages ? entries.Where(e => e.IsSummaryOnly && e.Link is not null).ToList() : [];
        foreach (var entry in wanted)
        {
            if (previous.TryGetValue(PageKey(entry), out var known))
            {
                pageTexts[PageKey(entry)] = known;
            }
        }

        var toFetch = wanted.Where(e => !pageTexts.ContainsKey(PageKey(e))).Take(_options.MaxPagesPerRead).ToList();
        // Half the shared request slots at most, so one outlet's slow pages never starve the other sources' feeds.
        var parallelism = Math.Max(1, _options.MaxConcurrentRequests / 2);
        await Parallel.ForEachAsync(
            toFetch,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                if (Volatile.Read(ref failures) >= _options.MaxPageFailuresPerRead)
                {
                    return;
                }

                var (text, failure) = await _pages.ReadTextAsync(entry.Link!, token).ConfigureAwait(false);
                if (text is not null)
                {
                    pageTexts[PageKey(entry)] = text;
                    Interlocked.Increment(ref pagesRead);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                    pageFailures.Enqueue(new SkippedItem(entry.Link!.ToString(), null, $"Its page was not read, so the item keeps the feed's summary: {failure}"));
                }
            }).ConfigureAwait(false);
        _pageTexts = pageTexts;
        // In feed order, whichever page failed first.
        var order = toFetch.Select((entry, index) => (entry.Link!.ToString(), index)).GroupBy(pair => pair.Item1).ToDictionary(g => g.Key, g => g.First().index);
        return (pageTexts, pagesRead, [.. pageFailures.OrderBy(item => order.GetValueOrDefault(item.Location))]);
    }

    private async Task<(List<Article> Articles, int PagesRead, List<SkippedItem> Textless)> ToArticlesAsync(
        IReadOnlyList<FeedEntry> entries, string? outlet, CancellationToken cancellationToken)
    {
        var (pageTexts, pagesRead, pageFailures) = await ReadPagesAsync(entries, cancellationToken).ConfigureAwait(false);
        var articles = new List<Article>(entries.Count);
        var textless = new List<SkippedItem>(pageFailures);
        foreach (var entry in entries)
        {
            var text = ControlCharacters.Text(entry.Text);
            // The page wins unless extraction found less than the feed's own summary (a paywall stub, a cookie wall).
            if (pageTexts.TryGetValue(PageKey(entry), out var page) && page.Length >= text.Length)
            {
                text = ControlCharacters.Text(page);
            }

            var link = entry.Link?.ToString();
            if (text.Length == 0)
            {
                textless.Add(new SkippedItem(link ?? SourceLocations.Redact(_source.Location), null, "The item has no text, and no readable page behind its link."));
                continue;
            }

            if (entry.Published is { } published && PlausibleDates.Refusal(published, _time.GetUtcNow()) is { } implausible)
            {
                textless.Add(new SkippedItem(link ?? SourceLocations.Redact(_source.Location), null, implausible));
                continue;
            }

            var title = entry.Title.Length > 0 ? entry.Title : TitleFromLede.Make(text, Splitter);
            articles.Add(ControlCharacters.Clean(new Article(entry.Id, title, text, outlet, link, entry.Author, entry.Published, Name, link ?? SourceLocations.Redact(_source.Location))
            {
                Label = _source.Label,
                SourceHost = AsHttpUrl(_source.Location)?.IdnHost,
            }));
        }

        return (articles, pagesRead, textless);
    }

    /// <summary>A page is read again when its item is re-published (a new date), not on every refresh.</summary>
    private static string PageKey(FeedEntry entry) =>
        entry.Id + "|" + entry.Published?.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private SourceBatch Failed(string reason) => new(Name, [], [], reason);

    private static Uri? AsHttpUrl(string? location) =>
        Uri.TryCreate(location?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;

    // The feed url's user and password are for the feed: a relative item link resolved against it must neither carry
    // them to the item's page nor be refused as a link that names a user before its host.
    private static Uri WithoutUserInfo(Uri url) =>
        url.UserInfo.Length == 0 ? url : new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri;

    private static string? NullIfEmpty(string text) => text.Length > 0 ? text : null;
}
