namespace NewsBot.Core.Sources;

/// <summary>A place articles come from: a folder of files, a feed.</summary>
public interface IArticleSource
{
    /// <summary>The configured name, unique among sources.</summary>
    string Name { get; }

    /// <summary>
    /// Reads every article the source currently offers. Expected failures (a malformed file, an
    /// unreachable feed) are reported in the batch, not thrown; only cancellation throws.
    /// </summary>
    Task<SourceBatch> ReadAsync(CancellationToken cancellationToken);
}
