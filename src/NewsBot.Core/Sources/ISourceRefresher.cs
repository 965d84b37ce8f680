using NewsBot.Core.Indexing;

namespace NewsBot.Core.Sources;

/// <summary>Reads a source and brings its articles into the index: the one path used by reindex, /reindex and scheduled refresh.</summary>
public interface ISourceRefresher
{
    /// <summary>Refreshes one source. A source that fails to read leaves the index as it was and is reported, not thrown.</summary>
    Task<SourceReport> RefreshAsync(IArticleSource source, RefreshMode mode, bool allowShrink, IProgress<IndexProgress>? progress, CancellationToken cancellationToken);
}
