using NewsBot.Bot.Reindex;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Discord.Tests.Outbound;

/// <summary>A reindex that runs until the test releases it, and then reports one source read.</summary>
internal sealed class HeldReindexer : IReindexer
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release.TrySetResult();

    public async Task<ReindexSummary> RunAsync(bool full, bool allowShrink, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        return new ReindexSummary(full, [], new IndexUpdate(1, 0, 0, 0, 4), TimeSpan.FromMinutes(24));
    }

    public Task<VectorUpdate> FollowVectorsAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken) => Task.FromResult(VectorUpdate.None);
}
