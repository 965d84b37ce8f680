using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class IdentifyLimiterTests
{
    [Fact]
    public async Task Shards_in_the_same_bucket_identify_five_seconds_apart_and_other_buckets_do_not_wait()
    {
        var time = new FakeTimeProvider();
        var limiter = new IdentifyLimiter(time, TimeSpan.FromSeconds(5));
        limiter.Update(new SessionStartLimit { Total = 1000, Remaining = 1000, ResetAfter = 86_400_000, MaxConcurrency = 2 });

        await limiter.WaitForTurnAsync(0, CancellationToken.None);
        await limiter.WaitForTurnAsync(1, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        var sameBucketAsShard0 = limiter.WaitForTurnAsync(2, CancellationToken.None);

        Assert.False(sameBucketAsShard0.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(5), await sameBucketAsShard0.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task With_no_session_starts_left_an_identify_waits_for_the_reset()
    {
        var time = new FakeTimeProvider();
        var limiter = new IdentifyLimiter(time, TimeSpan.FromSeconds(5));
        limiter.Update(new SessionStartLimit { Total = 1000, Remaining = 0, ResetAfter = 3_600_000, MaxConcurrency = 1 });

        var identify = limiter.WaitForTurnAsync(0, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(identify.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromHours(1), await identify.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
