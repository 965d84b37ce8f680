using Microsoft.Extensions.Options;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Caps the requests in flight across every feed source and page fetch (<see cref="FeedOptions.MaxConcurrentRequests"/>),
/// so many sources refreshing together neither flood the network nor one outlet. One instance is shared.
/// </summary>
public sealed class FeedRequestLimiter : IDisposable
{
    private readonly SemaphoreSlim _slots;

    public FeedRequestLimiter(IOptions<FeedOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentRequests, options.Value.MaxConcurrentRequests);
    }

    /// <summary>Waits for a free slot; dispose the result to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
