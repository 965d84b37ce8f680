using NewsBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class ReconnectBackoffTests(ITestOutputHelper output)
{
    [Fact]
    public void Delays_never_shrink_between_failed_attempts_and_stop_at_the_maximum()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(7));

        var delays = Enumerable.Range(0, 12).Select(_ => backoff.NextDelay()).ToList();

        // Steps of 1, 2, 4, ... 32 s, then the 60 s cap: until the cap each delay is at least the one before.
        for (var i = 1; i <= 6; i++)
        {
            Assert.True(delays[i] >= delays[i - 1], $"delay {i} ({delays[i]}) is shorter than delay {i - 1} ({delays[i - 1]})");
        }

        Assert.True(delays[5] > delays[0] * 8, "six failures in a row should wait much longer than the first");
        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(60)));
        Assert.True(delays[^1] >= TimeSpan.FromSeconds(30), "at the cap the delay keeps at least half the maximum");
    }

    [Fact]
    public void Delays_are_jittered_so_shards_that_dropped_together_do_not_retry_together()
    {
        var first = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(1));
        var second = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(2));

        var a = Enumerable.Range(0, 5).Select(_ => first.NextDelay()).ToList();
        var b = Enumerable.Range(0, 5).Select(_ => second.NextDelay()).ToList();

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_working_connection_resets_the_delay_to_the_initial_one()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(3));
        for (var i = 0; i < 6; i++)
        {
            backoff.NextDelay();
        }

        backoff.Reset();

        Assert.InRange(backoff.NextDelay(), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Client_waits_longer_after_each_refused_connection_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T20:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var harness = await GatewayHarness.CreateAsync(
            output,
            configureGateway: g => g.RejectConnectionsWithCode = 4000,
            time: time,
            settings: GatewayHarness.FastSettings with { InitialBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(60) });
        var scheduled = System.Threading.Channels.Channel.CreateUnbounded<TimeSpan>();
        harness.Client.ReconnectScheduled += (_, delay) => scheduled.Writer.TryWrite(delay);
        await harness.Client.StartAsync(CancellationToken.None);

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var delay = await scheduled.Reader.ReadAsync(timeout.Token);
            delays.Add(delay);

            // The clock has not moved, so the next attempt cannot have started.
            Assert.Equal(attempt, harness.Gateway.ConnectionPaths.Count);
            time.Advance(delay);
        }

        for (var i = 1; i < delays.Count; i++)
        {
            Assert.True(delays[i] >= delays[i - 1], $"delay {i} ({delays[i]}) is shorter than delay {i - 1} ({delays[i - 1]})");
        }

        Assert.True(delays[^1] > delays[0] * 8, $"the delays should grow: {string.Join(", ", delays)}");
        Assert.Empty(harness.Gateway.Identifies);
        Assert.All(harness.Gateway.Closes, c => Assert.Equal((false, 4000), (c.ByClient, c.Code)));
    }
}
