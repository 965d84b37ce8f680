using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Tests.Metrics;

public sealed class PercentileTests
{
    [Fact]
    public void Percentiles_of_one_to_a_hundred_are_the_values_at_those_ranks()
    {
        var values = Enumerable.Range(1, 100).Select(value => (double)value).Reverse().ToList();
        Assert.Equal(50, Percentile.Of(values, 50));
        Assert.Equal(99, Percentile.Of(values, 99));
        Assert.Equal(100, Percentile.Of(values, 100));
    }

    [Fact]
    public void The_99th_percentile_of_ten_values_is_the_largest()
    {
        double[] values = [5, 1, 9, 3, 7, 2, 8, 4, 6, 10];
        Assert.Equal(10, Percentile.Of(values, 99));
        Assert.Equal(5, Percentile.Of(values, 50));
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value()
    {
        Assert.Equal(3, Percentile.Of([4, 3, 1, 100, 2], 50));
    }

    [Fact]
    public void A_percentile_of_no_values_is_a_programmer_error()
    {
        Assert.Throws<ArgumentException>(() => Percentile.Of([], 50));
    }
}
