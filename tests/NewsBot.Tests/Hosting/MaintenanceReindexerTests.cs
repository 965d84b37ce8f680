using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Bot.Reindex;
using NewsBot.Core.Indexing;
using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Hosting;

/// <summary><c>/reindex</c>'s engine side as <c>serve</c> composes it.</summary>
public sealed class MaintenanceReindexerTests
{
    [Fact]
    public async Task Following_the_vectors_stops_when_the_bot_is_stopping_so_a_shutdown_never_waits_for_them()
    {
        using var directory = new TemporaryDirectory();
        var vectors = new EndlessVectorPass();
        using var host = ServeHost.Build(configure: builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = directory.Combine("lucene") });
            builder.Services.AddSingleton<ISentenceVectorIndex>(vectors);
        });

        var following = host.Services.GetRequiredService<IReindexer>().FollowVectorsAsync(null, CancellationToken.None);
        await vectors.Started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => following.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    // A vector pass that would run until it is cancelled.
    private sealed class EndlessVectorPass : ISentenceVectorIndex
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Enabled => true;

        public long Changes => 0;

        public Task WaitForChangeAsync(long seen, CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

        public async Task<VectorUpdate> EmbedMissingAsync(int maxParallel, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return VectorUpdate.None;
        }
    }
}
