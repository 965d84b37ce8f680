using NewsBot.Bot.Reindex;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>
/// A reindex that reports the given stages, then waits for <see cref="Release"/> (if held) and returns a summary; its
/// sentence vectors report <see cref="VectorStages"/>, wait for <see cref="ReleaseVectors"/> (if held) and end with <see cref="Vectors"/>.
/// </summary>
internal sealed class FakeReindexer : IReindexer
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _releaseVectors = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeReindexer(bool hold = false, bool holdVectors = false)
    {
        if (!hold)
        {
            _release.SetResult();
        }

        if (!holdVectors)
        {
            _releaseVectors.SetResult();
        }
    }

    /// <summary>The vectors' progress reported after the summary; none by default (vectors off).</summary>
    public IReadOnlyList<IndexProgress> VectorStages { get; init; } = [];

    /// <summary>What following the vectors ends with.</summary>
    public VectorUpdate Vectors { get; init; } = VectorUpdate.None;

    /// <summary>When set, following the vectors fails with it (a full disk, a model that cannot load).</summary>
    public Exception? VectorFailure { get; init; }

    /// <summary>Set when the vectors are followed.</summary>
    public TaskCompletionSource VectorsStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseVectors() => _releaseVectors.TrySetResult();

    public List<bool> Runs { get; } = [];

    /// <summary>The allow-shrink flag of each run, in order.</summary>
    public List<bool> AllowShrinks { get; } = [];

    public IReadOnlyList<IndexProgress> Stages { get; init; } = [new("reading samples", 0, null), new("indexing samples", 1, 1)];

    /// <summary>Called between stages; tests advance a fake clock here.</summary>
    public Action? BetweenStages { get; init; }

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    public async Task<ReindexSummary> RunAsync(bool full, bool allowShrink, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        Runs.Add(full);
        AllowShrinks.Add(allowShrink);
        Started.TrySetResult();
        foreach (var stage in Stages)
        {
            progress?.Report(stage);
            BetweenStages?.Invoke();
        }

        await _release.Task.WaitAsync(cancellationToken);
        return new ReindexSummary(
            full,
            [new SourceReport("samples", null, 1, new IndexUpdate(1, 0, 0, 0, 4), [], TimeSpan.FromSeconds(0.5))],
            new IndexUpdate(1, 0, 0, 0, 4),
            TimeSpan.FromSeconds(0.5));
    }

    public async Task<VectorUpdate> FollowVectorsAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        VectorsStarted.TrySetResult();
        foreach (var stage in VectorStages)
        {
            progress?.Report(stage);
            BetweenStages?.Invoke();
        }

        await _releaseVectors.Task.WaitAsync(cancellationToken);
        return VectorFailure is null ? Vectors : throw VectorFailure;
    }
}
