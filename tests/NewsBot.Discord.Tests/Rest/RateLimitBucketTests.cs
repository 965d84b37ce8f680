using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>The claim that keeps the idle sweep from dropping a bucket a request is about to use.</summary>
public sealed class RateLimitBucketTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_claimed_bucket_is_not_retired_however_long_ago_it_was_last_used()
    {
        var bucket = new RateLimitBucket();
        Assert.True(bucket.TryClaim(Start));

        Assert.False(bucket.TryRetire(Start + TimeSpan.FromHours(1), Lifetime));
        bucket.Unclaim(Start + TimeSpan.FromHours(1));
        Assert.False(bucket.TryRetire(Start + TimeSpan.FromHours(1) + TimeSpan.FromSeconds(59), Lifetime));
        Assert.True(bucket.TryRetire(Start + TimeSpan.FromHours(1) + Lifetime, Lifetime));
    }

    [Fact]
    public void A_retired_bucket_cannot_be_claimed_so_its_route_is_looked_up_afresh()
    {
        var bucket = new RateLimitBucket();
        Assert.True(bucket.TryRetire(Start + Lifetime, Lifetime));

        Assert.False(bucket.TryClaim(Start + Lifetime));
        Assert.True(bucket.TryRetire(Start + Lifetime, Lifetime));
    }

    [Fact]
    public void A_bucket_still_waiting_for_its_reset_is_not_retired()
    {
        var bucket = new RateLimitBucket();
        bucket.Set(0, Start + TimeSpan.FromMinutes(5));

        Assert.False(bucket.TryRetire(Start + TimeSpan.FromMinutes(2), Lifetime));
        Assert.True(bucket.TryRetire(Start + TimeSpan.FromMinutes(5), Lifetime));
    }
}
