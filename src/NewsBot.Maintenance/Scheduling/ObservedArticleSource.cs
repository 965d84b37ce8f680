using NewsBot.Core.Sources;

namespace NewsBot.Maintenance.Scheduling;

/// <summary>
/// Wraps a source to keep the batch its last read produced, so the status store can record what the refresher's report
/// does not carry (the newest item's date, a "not modified" answer). Wrap, refresh through it, then record.
/// </summary>
public sealed class ObservedArticleSource(IArticleSource inner) : IArticleSource
{
    private readonly IArticleSource _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <summary>The batch of the last completed read, or null before one.</summary>
    public SourceBatch? LastBatch { get; private set; }

    /// <inheritdoc />
    public async Task<SourceBatch> ReadAsync(CancellationToken cancellationToken)
    {
        var batch = await _inner.ReadAsync(cancellationToken).ConfigureAwait(false);
        LastBatch = batch;
        return batch;
    }
}
