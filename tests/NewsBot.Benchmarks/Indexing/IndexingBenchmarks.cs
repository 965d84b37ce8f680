using BenchmarkDotNet.Attributes;
using NewsBot.Benchmarks.Data;
using NewsBot.Benchmarks.Engine;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>
/// Full reindex of a corpus through the normal pipeline (read the .jsonl, dedup, split into sentences and passages,
/// index with Lucene, swap). BenchmarkDotNet times it; <see cref="ThroughputColumn"/> turns the time into MB of
/// article text per second and passages per second.
/// </summary>
[Config(typeof(IndexingConfig))]
public class IndexingBenchmarks
{
    private BenchEngine? _engine;
    private BenchCorpus? _corpus;

    [Params(BenchCorpus.Squad, BenchCorpus.Wikinews, BenchCorpus.Generated)]
    public string Corpus { get; set; } = BenchCorpus.Squad;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Open(Corpus);
        _engine = BenchEngine.Create();
        var report = _engine.IndexAsync(_corpus.Path, CancellationToken.None).GetAwaiter().GetResult();
        ThroughputColumn.Record(Corpus, _corpus.TextBytes, report.Update.Passages);
    }

    [Benchmark]
    public int Reindex() => _engine!.IndexAsync(_corpus!.Path, CancellationToken.None).GetAwaiter().GetResult().Update.Passages;

    [GlobalCleanup]
    public void Cleanup() => _engine?.Dispose();
}
