using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Indexing;
using NewsBot.Search.Vectors;
using NewsBot.Testing;
using NewsBot.Testing.Vectors;

namespace NewsBot.Maintenance.Tests.Vectors;

/// <summary>The vector pass <see cref="IndexMaintenance"/> runs after a rebuild or refresh.</summary>
public sealed class VectorPassTests
{
    [Fact]
    public async Task A_second_process_waits_for_the_first_ones_vector_pass_instead_of_embedding_the_same_sentences()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        using var release = new ManualResetEventSlim();
        var first = new WordHashEmbedder();
        var second = new WordHashEmbedder();
        var firstEmbedding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        first.AfterSentence = _ =>
        {
            firstEmbedding.TrySetResult();
            release.Wait(TimeSpan.FromMinutes(1));
        };
        second.AfterSentence = _ => secondStarted.TrySetResult();
        using var one = Process(directory, first);
        using var other = Process(directory, second);
        var rebuilt = await one.Services.GetRequiredService<IndexMaintenance>().RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        Assert.True(rebuilt.Swapped);

        var running = Task.Run(() => one.Services.GetRequiredService<IndexMaintenance>().EmbedVectorsAsync(false, null, null, CancellationToken.None));
        await firstEmbedding.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var waiting = Task.Run(() => other.Services.GetRequiredService<IndexMaintenance>().EmbedVectorsAsync(false, null, () => secondStarted.TrySetResult(), CancellationToken.None));
        // Either the second pass says it waits, or (the fault) it starts embedding beside the first one.
        await secondStarted.Task.WaitAsync(TimeSpan.FromMinutes(1));
        release.Set();
        var firstUpdate = await running.WaitAsync(TimeSpan.FromMinutes(1));
        var secondUpdate = await waiting.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(firstUpdate.Embedded > 0);
        Assert.Equal(0, second.SentenceCalls);
        Assert.Equal(0, secondUpdate.Missing);
        Assert.Equal(firstUpdate.Sentences, first.SentenceCalls);
    }

    [Fact]
    public async Task The_configured_core_count_is_used_by_every_caller()
    {
        using var directory = new TemporaryDirectory();
        var vectors = new CountingVectorIndex();
        using var host = MaintenanceFixture.Build(
            new Dictionary<string, string?> { ["Index:Path"] = directory.Combine("lucene"), ["Refresh:StatusPath"] = directory.Combine("status.json"), ["Refresh:VectorCores"] = "3" },
            services => services.AddSingleton<ISentenceVectorIndex>(vectors));
        var maintenance = host.Services.GetRequiredService<IndexMaintenance>();

        await maintenance.EmbedVectorsAsync(besideQuestions: false, null, null, CancellationToken.None);
        await maintenance.EmbedVectorsAsync(besideQuestions: true, null, null, CancellationToken.None);

        Assert.Equal([3, 3], vectors.MaxParallel);
    }

    // A process of its own on the shared index folder: its own index generations, vectors and maintenance.
    private static IHost Process(TemporaryDirectory directory, ISentenceEmbedder embedder) => MaintenanceFixture.Build(
        new Dictionary<string, string?>
        {
            ["Index:Path"] = directory.Combine("lucene"),
            ["Index:Semantic"] = "true",
            ["Refresh:StatusPath"] = directory.Combine("status.json"),
            ["Sources:0:Name"] = "wire",
            ["Sources:0:Kind"] = "Folder",
            ["Sources:0:Location"] = directory.Combine("wire"),
        },
        services => services.AddSingleton(embedder));

    private sealed class CountingVectorIndex : ISentenceVectorIndex
    {
        public List<int> MaxParallel { get; } = [];

        public bool Enabled => true;

        public long Changes => 0;

        public Task WaitForChangeAsync(long seen, CancellationToken cancellationToken) => Task.Delay(Timeout.Infinite, cancellationToken);

        public Task<VectorUpdate> EmbedMissingAsync(int maxParallel, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
        {
            MaxParallel.Add(maxParallel);
            return Task.FromResult(VectorUpdate.None);
        }
    }
}
