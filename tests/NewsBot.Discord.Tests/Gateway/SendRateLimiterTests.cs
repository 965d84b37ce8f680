using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class SendRateLimiterTests
{
    [Fact]
    public async Task The_121st_send_in_a_minute_waits_until_the_oldest_send_is_a_minute_old()
    {
        var time = new FakeTimeProvider();
        var limiter = new SendRateLimiter(120, TimeSpan.FromSeconds(60), time);
        for (var i = 0; i < 120; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
        }

        var next = limiter.WaitAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Room_is_left_for_heartbeats_so_other_sends_wait_first()
    {
        var time = new FakeTimeProvider();
        var limiter = new SendRateLimiter(120, TimeSpan.FromSeconds(60), time);
        limiter.ReserveForHeartbeats(TimeSpan.FromSeconds(30));

        var sent = 0;
        while (limiter.WaitAsync(CancellationToken.None) is { IsCompleted: true })
        {
            sent++;
        }

        Assert.Equal(120 - 3, sent);
    }
}
