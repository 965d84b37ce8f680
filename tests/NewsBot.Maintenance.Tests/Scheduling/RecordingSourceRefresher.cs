using System.Collections.Concurrent;
using System.Threading.Channels;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;

namespace NewsBot.Maintenance.Tests.Scheduling;

/// <summary>
/// Stands in for the real refresher: reads the source (as the real one does), records who was refreshed at what
/// (fake) time and how, and reports the read's failure. Sources can be made to hang or to throw.
/// </summary>
internal sealed class RecordingSourceRefresher(TimeProvider timeProvider) : ISourceRefresher
{
    private readonly Channel<RefreshCall> _arrivals = Channel.CreateUnbounded<RefreshCall>();
    private readonly ConcurrentQueue<RefreshCall> _calls = new();

    /// <summary>Sources whose refresh waits until cancelled.</summary>
    public ConcurrentDictionary<string, bool> Hanging { get; } = new(StringComparer.Ordinal);

    /// <summary>Sources whose refresh throws (a bug or an index that cannot be written).</summary>
    public ConcurrentDictionary<string, bool> Throwing { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<RefreshCall> Calls => [.. _calls];

    public IReadOnlyList<DateTimeOffset> TimesOf(string sourceName) => [.. _calls.Where(c => c.SourceName == sourceName).Select(c => c.At)];

    public async Task<SourceReport> RefreshAsync(IArticleSource source, RefreshMode mode, bool allowShrink, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var call = new RefreshCall(source.Name, timeProvider.GetUtcNow(), mode);
        _calls.Enqueue(call);
        _arrivals.Writer.TryWrite(call);
        if (Hanging.ContainsKey(source.Name))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (Throwing.ContainsKey(source.Name))
        {
            throw new InvalidOperationException("The index is locked by another process.");
        }

        var batch = await source.ReadAsync(cancellationToken);
        return new SourceReport(source.Name, batch.Failure, batch.Articles.Count, new IndexUpdate(batch.Articles.Count, 0, 0, 0, batch.Articles.Count), batch.Skipped, TimeSpan.Zero)
        {
            RetryAfter = batch.RetryAfter,
        };
    }

    /// <summary>Waits for the next <paramref name="count"/> refreshes to start (guarded so a broken scheduler fails the test rather than hanging it).</summary>
    public async Task<IReadOnlyList<RefreshCall>> NextAsync(int count = 1)
    {
        var calls = new List<RefreshCall>();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        for (var i = 0; i < count; i++)
        {
            calls.Add(await _arrivals.Reader.ReadAsync(guard.Token));
        }

        return calls;
    }
}

/// <summary>One refresh the scheduler asked for.</summary>
internal sealed record RefreshCall(string SourceName, DateTimeOffset At, RefreshMode Mode);
