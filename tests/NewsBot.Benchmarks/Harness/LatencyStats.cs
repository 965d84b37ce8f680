using System.Globalization;

namespace NewsBot.Benchmarks.Harness;

/// <summary>Nearest-rank percentiles of measured latencies (the same method <c>newsbot eval</c> reports).</summary>
internal static class LatencyStats
{
    public static double Percentile(IReadOnlyList<double> milliseconds, double percent)
    {
        var sorted = milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percent * sorted.Length / 100);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    public static string Describe(IReadOnlyList<double> milliseconds) => string.Create(
        CultureInfo.InvariantCulture,
        $"n={milliseconds.Count} p50={Percentile(milliseconds, 50):0.00} ms p99={Percentile(milliseconds, 99):0.00} ms max={milliseconds.Max():0.00} ms mean={milliseconds.Average():0.00} ms");
}
