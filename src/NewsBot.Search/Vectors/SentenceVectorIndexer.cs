using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Concurrency;
using NewsBot.Core.Indexing;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Vectors;

/// <summary>
/// Computes the sentence vectors the live generation lacks, in batches that are saved one by one, so the work is
/// never lost and never done twice: a sentence seen before (in this or the previous generation) keeps its vector.
/// </summary>
public sealed class SentenceVectorIndexer : ISentenceVectorIndex, IDisposable
{
    // Small enough that a killed run loses seconds of work and a question sees new vectors soon; large enough that
    // the write turn taken per batch costs nothing beside the embedding.
    private const int BatchSize = 64;

    // Sentences given to the model in one run, of like length (a run is padded to its longest): about 5% less CPU per
    // sentence than one at a time on arctic-embed-xs; longer runs pad more (see the benchmarks README, issue 21).
    private const int RunSize = 16;

    private readonly WriteGate _gate;
    private readonly IndexChangeFeed _changes;
    private readonly TimeProvider _time;
    private readonly ISentenceEmbedder _embedder;
    private readonly SearchOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _onePass = new(1, 1);

    // Every caller's progress sees whichever pass computes the vectors: one waiting behind a pass already running
    // (serve's background one, when /reindex asks) follows that pass instead of seeing nothing until it ends.
    private readonly List<IProgress<IndexProgress>> _watchers = [];

    public SentenceVectorIndexer(
        WriteGate gate,
        IndexChangeFeed changes,
        TimeProvider time,
        ISentenceEmbedder embedder,
        IOptions<SearchOptions> options,
        ILogger<SentenceVectorIndexer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(options);
        _gate = gate;
        _changes = changes;
        _time = time;
        _embedder = embedder;
        _options = options.Value;
        _logger = logger ?? NullLogger<SentenceVectorIndexer>.Instance;
    }

    /// <inheritdoc />
    public bool Enabled => _options.Semantic;

    /// <inheritdoc />
    public long Changes => _changes.Changes;

    /// <inheritdoc />
    public Task WaitForChangeAsync(long seen, CancellationToken cancellationToken) => _changes.WaitForChangeAsync(seen, cancellationToken);

    /// <inheritdoc />
    public async Task<VectorUpdate> EmbedMissingAsync(int maxParallel, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return VectorUpdate.None;
        }

        Watch(progress, true);
        try
        {
            await _onePass.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await Task.Run(() => EmbedMissingAsyncCore(Math.Max(1, maxParallel), cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _onePass.Release();
            }
        }
        finally
        {
            Watch(progress, false);
        }
    }

    public void Dispose() => _onePass.Dispose();

    private void Watch(IProgress<IndexProgress>? progress, bool add)
    {
        if (progress is null)
        {
            return;
        }

        lock (_watchers)
        {
            if (add)
            {
                _watchers.Add(progress);
            }
            else
            {
                _watchers.Remove(progress);
            }
        }
    }

    private void Report(int embedded, int missing)
    {
        IProgress<IndexProgress>[] watchers;
        lock (_watchers)
        {
            watchers = [.. _watchers];
        }

        var progress = new IndexProgress("computing sentence vectors", embedded, missing) { Unit = "sentences" };
        foreach (var watcher in watchers)
        {
            watcher.Report(progress);
        }
    }

    private async Task<VectorUpdate> EmbedMissingAsyncCore(int maxParallel, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var changesAtStart = _changes.Changes;
        var live = _gate.Live();
        if (live is null)
        {
            return VectorUpdate.None;
        }

        live.Vectors.CatchUp();
        var sentences = live.Read(IndexedSentences.All);
        var missing = Missing(sentences, live.Vectors.Rows);
        if (missing.Count == 0)
        {
            return new VectorUpdate(sentences.Count, 0, 0) { Elapsed = _time.GetElapsedTime(started) };
        }

        Log.EmbeddingSentences(_logger, missing.Count, sentences.Count);
        Report(0, missing.Count);

        // Each sentence is tokenised once, here, so that runs can group sentences of like length.
        var prepared = new PreparedSentence[missing.Count];
        ParallelWork.For(missing.Count, i => prepared[i] = _embedder.Prepare(missing[i].Value), cancellationToken, maxParallel);
        var runs = VectorRuns.Plan(prepared, BatchSize, RunSize);

        // The workers embed while this saves: finished runs come through the channel and are saved BatchSize at a time.
        var finished = Channel.CreateUnbounded<(ulong Key, float[] Vector)[]>(new UnboundedChannelOptions { SingleReader = true });
        var embedding = Task.Run(
            () =>
            {
                try
                {
                    VectorRuns.Embed(_embedder, prepared, runs, (run, vectors) => finished.Writer.TryWrite([.. run.Select((i, j) => (missing[i].Key, vectors[j]))]), maxParallel, cancellationToken);
                }
                finally
                {
                    finished.Writer.Complete();
                }
            },
            CancellationToken.None);

        var embedded = 0;
        var pending = new List<(ulong Key, float[] Vector)>(BatchSize + RunSize);
        await foreach (var run in finished.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            pending.AddRange(run);
            if (pending.Count >= BatchSize)
            {
                live = await SaveAsync(live, pending).ConfigureAwait(false);
                embedded += pending.Count;
                pending.Clear();
                Report(embedded, missing.Count);
            }
        }

        // What was finished is kept even when the pass was stopped or failed; then the stop or failure is thrown.
        if (pending.Count > 0)
        {
            live = await SaveAsync(live, pending).ConfigureAwait(false);
            embedded += pending.Count;
            Report(embedded, missing.Count);
        }

        await embedding.ConfigureAwait(false);

        // Every missing sentence now has a vector, unless the index changed meanwhile: only then is it read again.
        var left = _changes.Changes == changesAtStart ? 0 : Missing(live.Read(IndexedSentences.All), live.Vectors.Rows).Count;
        Log.EmbeddedSentences(_logger, embedded, left);
        return new VectorUpdate(sentences.Count, embedded, left) { Elapsed = _time.GetElapsedTime(started) };
    }

    // Saves without the caller's cancellation: the vectors are done, and a save takes moments.
    private async Task<LiveGeneration> SaveAsync(LiveGeneration live, List<(ulong Key, float[] Vector)> vectors)
    {
        using (await _gate.BeginWriteAsync(CancellationToken.None).ConfigureAwait(false))
        {
            // Vectors belong to text, not to a generation: if a swap came meanwhile, they go to the new live one.
            var current = _gate.Live() ?? live;
            current.Vectors.CatchUp();
            current.Vectors.Append(_embedder.ModelName, _embedder.Dimensions, [.. vectors]);
            return current;
        }
    }

    // Sentences without a vector of the configured model; a file of another model counts as none.
    private List<KeyValuePair<ulong, string>> Missing(Dictionary<ulong, string> sentences, VectorRows? rows) =>
        rows is null || !rows.IsOf(_embedder)
            ? [.. sentences]
            : [.. sentences.Where(pair => !rows.Contains(pair.Key))];
}
