using Microsoft.Extensions.Logging;
using NewsBot.Core.Concurrency;
using NewsBot.Core.Indexing;

namespace NewsBot.Maintenance.Vectors;

/// <summary>
/// Starts the sentence-vector pass that follows a rebuild or refresh, for every caller (<c>reindex</c>, <c>eval</c>,
/// <c>/reindex</c>, serve's catch-up): on the cores one setting allows, and one pass at a time per index folder across
/// processes, so two processes never embed the same sentences.
/// </summary>
public sealed class VectorPass : IDisposable
{
    private const string LockFileName = "vectors.lock";

    private readonly ISentenceVectorIndex? _vectors;
    private readonly string _lockPath;
    private readonly int _configuredCores;
    private readonly ILogger _logger;

    // Passes of this process share the folder's lock: the sentence vector index already runs them one at a time and
    // lets a second caller follow the running pass's progress, which waiting on a lock of our own would hide.
    private readonly SemaphoreSlim _lockTurn = new(1, 1);
    private FileStream? _heldLock;
    private int _holders;

    /// <summary>
    /// A pass over <paramref name="vectors"/> (none when vectors are not registered) for the index at
    /// <paramref name="indexFolder"/>, on <paramref name="configuredCores"/> cores (0: see <see cref="Cores"/>).
    /// </summary>
    public VectorPass(ISentenceVectorIndex? vectors, string indexFolder, int configuredCores, ILogger<VectorPass> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexFolder);
        ArgumentNullException.ThrowIfNull(logger);
        _vectors = vectors;
        _lockPath = Path.Combine(Path.GetFullPath(indexFolder), LockFileName);
        _configuredCores = configuredCores;
        _logger = logger;
    }

    /// <summary>Whether vectors are computed at all (<c>Index:Semantic</c>).</summary>
    public bool Enabled => _vectors is { Enabled: true };

    /// <summary>
    /// The cores a pass uses: <c>Refresh:VectorCores</c> when set, else every core for a command that does nothing else
    /// meanwhile, and all but one beside questions (<c>serve</c>), so answering always has a core.
    /// </summary>
    public int Cores(bool besideQuestions) => _configuredCores > 0
        ? _configuredCores
        : besideQuestions ? Math.Max(1, Environment.ProcessorCount - 1) : Environment.ProcessorCount;

    /// <summary>
    /// Embeds the sentences of the live index that have no vector yet. When another process's pass runs on the same
    /// index, this one waits for it (then finds little or nothing left), logging one line and calling
    /// <paramref name="onWait"/> once first.
    /// </summary>
    public async Task<VectorUpdate> RunAsync(bool besideQuestions, IProgress<IndexProgress>? progress, Action? onWait, CancellationToken cancellationToken)
    {
        if (_vectors is not { Enabled: true } vectors)
        {
            return VectorUpdate.None;
        }

        await HoldLockAsync(onWait, cancellationToken).ConfigureAwait(false);
        try
        {
            return await vectors.EmbedMissingAsync(Cores(besideQuestions), progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ReleaseLock();
        }
    }

    public void Dispose()
    {
        _heldLock?.Dispose();
        _lockTurn.Dispose();
    }

    private async Task HoldLockAsync(Action? onWait, CancellationToken cancellationToken)
    {
        await _lockTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_holders == 0)
            {
                _heldLock = await ProcessFileLock.AcquireAsync(
                    _lockPath,
                    () =>
                    {
                        Log.WaitingForOtherVectorPass(_logger, Path.GetDirectoryName(_lockPath)!);
                        onWait?.Invoke();
                    },
                    cancellationToken).ConfigureAwait(false);
            }

            _holders++;
        }
        finally
        {
            _lockTurn.Release();
        }
    }

    private void ReleaseLock()
    {
        _lockTurn.Wait();
        try
        {
            if (--_holders == 0)
            {
                _heldLock?.Dispose();
                _heldLock = null;
            }
        }
        finally
        {
            _lockTurn.Release();
        }
    }
}
