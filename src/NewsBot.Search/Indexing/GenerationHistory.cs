using Microsoft.Extensions.Logging;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>The previous generations kept beside the live one: listing them and making the most recent live again.</summary>
public sealed class GenerationHistory : IIndexGenerationHistory
{
    private readonly GenerationStore _store;
    private readonly WriteGate _gate;
    private readonly SearcherLeases _leases;
    private readonly ILogger _logger;

    internal GenerationHistory(GenerationStore store, WriteGate gate, SearcherLeases leases, ILogger logger)
    {
        _store = store;
        _gate = gate;
        _leases = leases;
        _logger = logger;
    }

    /// <inheritdoc />
    public IReadOnlyList<IndexGeneration> ListGenerations()
    {
        var generations = new List<IndexGeneration>();
        if (_leases.AcquireSearcher() is { } lease)
        {
            using (lease)
            {
                generations.Add(new IndexGeneration(lease.Generation ?? string.Empty, GenerationStore.CountArticles(lease.Searcher), IsLive: true));
            }
        }

        generations.AddRange(_store.Previous());
        return generations;
    }

    /// <inheritdoc />
    public async Task<IndexGeneration?> RollbackAsync(CancellationToken cancellationToken)
    {
        using var writing = await _gate.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        // A pointer that names nothing usable stands for the generation this process fell back to.
        var current = _store.ReadPointer() is { Length: > 0 } named && _store.Exists(named) ? named : _gate.Live()?.Name;
        var target = _store.RollbackTarget(current);
        if (target is null)
        {
            return null;
        }

        var next = _store.Open(target);
        int articles;
        try
        {
            articles = next.Read(GenerationStore.CountArticles);
            _store.RecordRollback(target, current);
        }
        catch
        {
            next.Dispose();
            throw;
        }

        _leases.Adopt(next);
        Log.RolledBack(_logger, target, current ?? "(none)", articles);
        return new IndexGeneration(target, articles, IsLive: true);
    }
}
