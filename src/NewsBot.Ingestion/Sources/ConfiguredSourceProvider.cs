using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Files;

namespace NewsBot.Ingestion.Sources;

/// <summary>
/// Creates the configured sources once and keeps them, so per-source state (a feed's ETag) survives between refreshes.
/// </summary>
public sealed class ConfiguredSourceProvider : IArticleSourceProvider
{
    private readonly Lazy<IReadOnlyList<IArticleSource>> _sources;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ArticleMetadataCompleter _completer;
    private readonly Func<SourceOptions, IArticleSource>? _createFeed;
    private readonly FolderOptions _folders;

    /// <param name="options">The <c>Sources</c> list.</param>
    /// <param name="loggerFactory">Loggers for the sources.</param>
    /// <param name="completer">Derives titles and dates for articles that lack them.</param>
    /// <param name="createFeed">Creates feed sources; null where feeds are not registered.</param>
    /// <param name="folders">Bounds on what folder sources read; the defaults where none are registered.</param>
    public ConfiguredSourceProvider(
        IOptions<SourcesOptions> options,
        ILoggerFactory loggerFactory,
        ArticleMetadataCompleter completer,
        Func<SourceOptions, IArticleSource>? createFeed = null,
        IOptions<FolderOptions>? folders = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _loggerFactory = loggerFactory;
        _completer = completer;
        _createFeed = createFeed;
        _folders = folders?.Value ?? new FolderOptions();
        _sources = new(() =>
        {
            var items = options.Value.Items.Count == 0 ? [SourcesOptions.Samples] : options.Value.Items;
            return items.Select(Create).ToList();
        });
    }

    public IReadOnlyList<IArticleSource> GetSources() => _sources.Value;

    public IArticleSource Create(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Kind switch
        {
            SourceKind.Folder => new FolderSource(options, _loggerFactory.CreateLogger<FolderSource>(), _completer, _folders),
            SourceKind.Feed when _createFeed is not null => _createFeed(options),
            _ => throw new InvalidOperationException($"Source '{options.Name}' is a {options.Kind} source, which this build cannot read."),
        };
    }
}
