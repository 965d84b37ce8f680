namespace NewsBot.Evaluation.Metrics;

/// <summary>Percentiles by the nearest-rank method: the smallest value with at least p% of the values at or below it.</summary>
/// <remarks>Nearest-rank always reports a latency that was really measured, never an interpolation between two.</remarks>
public static class Percentile
{
    public static double Of(IReadOnlyList<double> values, double percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (values.Count == 0)
        {
            throw new ArgumentException("A percentile needs at least one value.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        // Multiply before dividing so that 99% of 100 values is exactly rank 99, not 99.00000000000001.
        var rank = (int)Math.Ceiling(percent * sorted.Length / 100);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
