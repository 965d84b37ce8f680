using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>
/// A short, in-process job: each reindex takes seconds, so one warm-up and three measured runs are enough, and the
/// machine is shared. In-process also lets <see cref="ThroughputColumn"/> read the sizes recorded in set-up.
/// </summary>
internal sealed class IndexingConfig : ManualConfig
{
    public IndexingConfig()
    {
        AddJob(Job.Dry
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("ShortInProcess"));
        AddColumn(new ThroughputColumn(ThroughputColumn.Kind.MegabytesPerSecond), new ThroughputColumn(ThroughputColumn.Kind.PassagesPerSecond));
        AddColumn(StatisticColumn.Min, StatisticColumn.Max);
    }
}
