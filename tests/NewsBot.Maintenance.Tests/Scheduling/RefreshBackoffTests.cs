using NewsBot.Maintenance.Scheduling;

namespace NewsBot.Maintenance.Tests.Scheduling;

public sealed class RefreshBackoffTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan SixHours = TimeSpan.FromHours(6);

    [Theory]
    [InlineData(0, 15)]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(5, 360)]
    [InlineData(50, 360)]
    [InlineData(int.MaxValue, 360)]
    public void The_wait_doubles_with_each_failure_in_a_row_up_to_the_cap(int failures, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), RefreshBackoff.After(Interval, failures, SixHours));

    [Fact]
    public void A_cap_below_the_interval_never_makes_a_failing_source_refresh_more_often_than_a_healthy_one() =>
        Assert.Equal(TimeSpan.FromHours(2), RefreshBackoff.After(TimeSpan.FromHours(2), 3, TimeSpan.FromMinutes(30)));

    [Theory]
    [InlineData(1, 90, 90)]
    [InlineData(1, 10, 30)]
    [InlineData(0, 120, 120)]
    [InlineData(1, 100_000, 360)]
    public void A_source_that_asked_to_be_left_alone_is_not_tried_before_it_asked_up_to_the_cap(int failures, int askedMinutes, int expectedMinutes) =>
        Assert.Equal(
            TimeSpan.FromMinutes(expectedMinutes),
            RefreshBackoff.After(Interval, failures, SixHours, TimeSpan.FromMinutes(askedMinutes)));
}
