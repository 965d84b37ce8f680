using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsBot.Benchmarks.Indexing;

/// <summary>MB of article text per second, or passages per second, from a reindex's mean time and the corpus sizes.</summary>
internal sealed class ThroughputColumn(ThroughputColumn.Kind kind) : IColumn
{
    private static readonly ConcurrentDictionary<string, (long Bytes, int Passages)> Sizes = new();

    public enum Kind
    {
        MegabytesPerSecond,
        PassagesPerSecond,
    }

    /// <summary>Called from set-up with the figures of the corpus just indexed.</summary>
    public static void Record(string corpus, long textBytes, int passages) => Sizes[corpus] = (textBytes, passages);

    public string Id => $"{nameof(ThroughputColumn)}.{kind}";

    public string ColumnName => kind == Kind.MegabytesPerSecond ? "MB/s" : "passages/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => kind == Kind.MegabytesPerSecond
        ? "MB (10^6 bytes) of UTF-8 article text indexed per second"
        : "Passages indexed per second";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var corpus = benchmarkCase.Parameters["Corpus"] as string;
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (corpus is null || statistics is null || !Sizes.TryGetValue(corpus, out var size))
        {
            return "?";
        }

        var seconds = statistics.Mean / 1e9;
        var value = kind == Kind.MegabytesPerSecond ? size.Bytes / 1e6 / seconds : size.Passages / seconds;
        return value.ToString(kind == Kind.MegabytesPerSecond ? "0.00" : "N0", CultureInfo.InvariantCulture);
    }
}
