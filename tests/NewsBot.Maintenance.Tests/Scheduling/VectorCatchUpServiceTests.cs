using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Indexing;
using NewsBot.Maintenance.Scheduling;
using NewsBot.Testing;

namespace NewsBot.Maintenance.Tests.Scheduling;

public sealed class VectorCatchUpServiceTests
{
    [Fact]
    public async Task VectorsAreComputedAtStartAndAgainAfterEveryChangeOfTheIndex()
    {
        var index = new ScriptedVectorIndex();
        using var directory = new TemporaryDirectory();
        using var host = HostOver(directory, index);
        using var service = new VectorCatchUpService(host.Services.GetRequiredService<IndexMaintenance>(), new FakeTimeProvider(), new FakeLogger<VectorCatchUpService>(), index);

        await service.StartAsync(CancellationToken.None);
        Assert.Equal(1, await index.NextPassAsync());
        index.Change();
        Assert.Equal(2, await index.NextPassAsync());
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AFailedPassIsLoggedAndTheServiceTriesAgainAtTheNextChange()
    {
        var index = new ScriptedVectorIndex { FailFirstPass = true };
        var logger = new FakeLogger<VectorCatchUpService>();
        using var directory = new TemporaryDirectory();
        using var host = HostOver(directory, index);
        using var service = new VectorCatchUpService(host.Services.GetRequiredService<IndexMaintenance>(), new FakeTimeProvider(), logger, index);

        await service.StartAsync(CancellationToken.None);
        Assert.Equal(1, await index.NextPassAsync());
        index.Change();
        Assert.Equal(2, await index.NextPassAsync());
        await service.StopAsync(CancellationToken.None);

        Assert.Contains(logger.Collector.GetSnapshot(), record => record.Id.Name == "VectorsFailed");
    }

    [Fact]
    public async Task WithVectorsSwitchedOffNothingIsComputed()
    {
        var index = new ScriptedVectorIndex { Enabled = false };
        using var directory = new TemporaryDirectory();
        using var host = HostOver(directory, index);
        using var service = new VectorCatchUpService(host.Services.GetRequiredService<IndexMaintenance>(), new FakeTimeProvider(), new FakeLogger<VectorCatchUpService>(), index);

        await service.StartAsync(CancellationToken.None);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(0, index.Passes);
    }

    [Fact]
    public async Task ABackgroundPassLeavesACoreToQuestions()
    {
        var index = new ScriptedVectorIndex();
        using var directory = new TemporaryDirectory();
        using var host = HostOver(directory, index);
        using var service = new VectorCatchUpService(host.Services.GetRequiredService<IndexMaintenance>(), new FakeTimeProvider(), new FakeLogger<VectorCatchUpService>(), index);

        await service.StartAsync(CancellationToken.None);
        await index.NextPassAsync();
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(Math.Max(1, Environment.ProcessorCount - 1), index.LastMaxParallel);
    }

    // Maintenance as the program composes it, over the scripted vector index.
    private static IHost HostOver(TemporaryDirectory directory, ScriptedVectorIndex index) => MaintenanceFixture.Build(
        new Dictionary<string, string?> { ["Index:Path"] = directory.Combine("lucene"), ["Refresh:StatusPath"] = directory.Combine("status.json") },
        services => services.AddSingleton<ISentenceVectorIndex>(index));

    /// <summary>A vector index whose changes the test makes, reporting each pass the service runs.</summary>
    private sealed class ScriptedVectorIndex : ISentenceVectorIndex
    {
        private readonly Channel<int> _passes = Channel.CreateUnbounded<int>();
        private long _changes;
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Enabled { get; init; } = true;

        public bool FailFirstPass { get; init; }

        public int Passes { get; private set; }

        public int LastMaxParallel { get; private set; }

        public long Changes => Interlocked.Read(ref _changes);

        public void Change()
        {
            Interlocked.Increment(ref _changes);
            Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        public Task WaitForChangeAsync(long seen, CancellationToken cancellationToken)
        {
            var changed = Volatile.Read(ref _changed);
            return Changes > seen ? Task.CompletedTask : changed.Task.WaitAsync(cancellationToken);
        }

        public Task<VectorUpdate> EmbedMissingAsync(int maxParallel, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
        {
            Passes++;
            LastMaxParallel = maxParallel;
            _passes.Writer.TryWrite(Passes);
            return FailFirstPass && Passes == 1
                ? Task.FromException<VectorUpdate>(new IOException("No space left on device"))
                : Task.FromResult(new VectorUpdate(10, 10, 0));
        }

        // A generous bound so a broken service fails the test instead of hanging it; never a timing assertion.
        public async Task<int> NextPassAsync() => await _passes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
    }
}
