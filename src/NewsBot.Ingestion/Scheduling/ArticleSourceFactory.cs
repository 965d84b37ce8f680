using NewsBot.Core.Sources;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Scheduling;

/// <summary>
/// Creates a <see cref="FeedSource"/> for <see cref="SourceKind.Feed"/> and delegates <see cref="SourceKind.Folder"/>
/// to the registered <see cref="FolderSourceFactory"/>.
/// </summary>
public sealed class ArticleSourceFactory : IArticleSourceFactory
{
    private readonly FeedSourceFactory _feeds;
    private readonly FolderSourceFactory? _folders;

    /// <param name="feeds">Creates feed sources.</param>
    /// <param name="folders">Creates folder sources; null where none is registered (folder sources then cannot be created).</param>
    public ArticleSourceFactory(FeedSourceFactory feeds, FolderSourceFactory? folders = null)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        _feeds = feeds;
        _folders = folders;
    }

    /// <inheritdoc />
    public IArticleSource Create(SourceOptions source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Kind switch
        {
            SourceKind.Feed => _feeds.Create(source),
            SourceKind.Folder => _folders?.Invoke(source)
                ?? throw new InvalidOperationException(
                    $"Source '{source.Name}' is a folder, but no folder reader is registered: register a {nameof(FolderSourceFactory)} singleton."),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source.Kind, "Unknown source kind."),
        };
    }
}
