using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Files;

namespace NewsBot.Ingestion.Sources;

/// <summary>
/// The configured sources, created once on first use. The only place that turns a <see cref="SourceKind"/> into a
/// source, and the only place that says "no sources configured means the sample folder".
/// </summary>
public sealed class SourceCatalogue : ISourceCatalogue
{
    private readonly FeedSourceFactory _feeds;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ArticleMetadataCompleter _completer;
    private readonly FolderOptions _folders;
    private readonly Lazy<IReadOnlyList<IArticleSource>> _sources;

    /// <param name="options">The <c>Sources</c> list.</param>
    /// <param name="feeds">Creates feed sources.</param>
    /// <param name="loggerFactory">Loggers for the sources.</param>
    /// <param name="completer">Derives titles and dates for articles that lack them.</param>
    /// <param name="folders">The bounds every folder source reads within.</param>
    public SourceCatalogue(
        IOptions<SourcesOptions> options,
        FeedSourceFactory feeds,
        ILoggerFactory loggerFactory,
        ArticleMetadataCompleter completer,
        IOptions<FolderOptions> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(completer);
        _feeds = feeds;
        _loggerFactory = loggerFactory;
        _completer = completer;
        _folders = folders.Value;
        Configured = options.Value.Items.Count == 0 ? [SourcesOptions.Samples] : [.. options.Value.Items];
        _sources = new(() => [.. Configured.Select(Create)]);
    }

    /// <inheritdoc />
    public IReadOnlyList<SourceOptions> Configured { get; }

    /// <inheritdoc />
    public IReadOnlyList<IArticleSource> Sources => _sources.Value;

    /// <inheritdoc />
    public IArticleSource? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Sources.FirstOrDefault(source => Matches(source.Name, name));
    }

    /// <inheritdoc />
    public SourceOptions? FindOptions(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Configured.FirstOrDefault(options => Matches(options.Name, name));
    }

    /// <inheritdoc />
    public IArticleSource Create(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Kind switch
        {
            SourceKind.Folder => new FolderSource(options, _loggerFactory.CreateLogger<FolderSource>(), _completer, _folders),
            SourceKind.Feed => _feeds.Create(options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, $"Source '{options.Name}' has an unknown kind."),
        };
    }

    private static bool Matches(string candidate, string name) => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase);
}
