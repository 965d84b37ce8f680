using System.Net;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRateLimiterTests
{
    private static readonly RestRoute Messages = new(HttpMethod.Post, "/channels/{channel_id}/messages", "channels/1/messages", "channel:1", RouteAuth.BotToken);
    private static readonly RestRoute Callback = new(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback", "interactions/1/t/callback", "interaction:1:t", RouteAuth.PathToken);

    [Fact]
    public async Task Empty_bucket_holds_the_next_request_until_reset_after_has_passed()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        using (var lease = await limiter.AcquireAsync(Messages, CancellationToken.None))
        {
            limiter.Update(Messages, lease, Headers(bucket: "abc", remaining: 0, resetAfter: 2.5));
        }

        var next = limiter.AcquireAsync(Messages, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2.4));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        (await next).Dispose();
    }

    [Fact]
    public async Task Global_pause_holds_every_bot_route_for_retry_after_but_not_interaction_callbacks()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        limiter.PauseAll(TimeSpan.FromSeconds(1.5));

        var messages = limiter.AcquireAsync(Messages, CancellationToken.None);
        var callback = limiter.AcquireAsync(Callback, CancellationToken.None);
        Assert.True(callback.IsCompleted, "interaction callbacks are outside the global limit");
        (await callback).Dispose();
        time.Advance(TimeSpan.FromSeconds(1.4));
        Assert.False(messages.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        (await messages).Dispose();
    }

    [Fact]
    public async Task Fifty_first_request_within_a_second_waits_for_the_global_limit()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time, globalRequestsPerSecond: 50);
        for (var i = 0; i < 50; i++)
        {
            var route = Messages with { MajorKey = $"channel:{i}" };
            (await limiter.AcquireAsync(route, CancellationToken.None)).Dispose();
        }

        var fiftyFirst = limiter.AcquireAsync(Messages with { MajorKey = "channel:x" }, CancellationToken.None);
        var interaction = limiter.AcquireAsync(Callback, CancellationToken.None);
        Assert.False(fiftyFirst.IsCompleted);
        (await interaction).Dispose();
        time.Advance(TimeSpan.FromSeconds(1));
        (await fiftyFirst).Dispose();
    }

    [Fact]
    public async Task Routes_sharing_a_bucket_share_its_remaining_count()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        var edit = new RestRoute(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", "channels/1/messages/2", "channel:1", RouteAuth.BotToken);
        using (var lease = await limiter.AcquireAsync(Messages, CancellationToken.None))
        {
            limiter.Update(Messages, lease, Headers(bucket: "shared", remaining: 1, resetAfter: 5));
        }

        using (var lease = await limiter.AcquireAsync(edit, CancellationToken.None))
        {
            limiter.Update(edit, lease, Headers(bucket: "shared", remaining: 0, resetAfter: 5));
        }

        var next = limiter.AcquireAsync(Messages, CancellationToken.None);
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        (await next).Dispose();
    }

    [Fact]
    public async Task Buckets_of_answered_interactions_are_dropped_once_idle_so_their_count_stays_bounded()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        var most = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Each interaction has its own token, so its callback and webhooks key buckets of their own.
            var route = Callback with { MajorKey = $"interaction:{i}:token-{i}" };
            using (var lease = await limiter.AcquireAsync(route, CancellationToken.None))
            {
                limiter.Update(route, lease, Headers(bucket: "callback", remaining: 0, resetAfter: 0.2));
            }

            most = Math.Max(most, limiter.BucketCount);
            time.Advance(TimeSpan.FromMilliseconds(50));
        }

        // 50 ms apart, a minute of idleness covers 1,200 interactions; a sweep every minute at most doubles that.
        Assert.InRange(most, 1, 2_500);
        time.Advance(TimeSpan.FromMinutes(3));
        (await limiter.AcquireAsync(Messages, CancellationToken.None)).Dispose();
        Assert.InRange(limiter.BucketCount, 1, 2);
    }

    [Fact]
    public async Task A_callback_whose_bucket_stays_empty_past_its_deadline_fails_at_once_instead_of_waiting()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        var callback = Callback with { Deadline = time.GetUtcNow() + TimeSpan.FromSeconds(3) };
        using (var lease = await limiter.AcquireAsync(callback, CancellationToken.None))
        {
            limiter.Update(callback, lease, Headers(bucket: "callback", remaining: 0, resetAfter: 10));
        }

        var next = limiter.AcquireAsync(callback, CancellationToken.None);

        Assert.True(next.IsFaulted, "a wait that ends after the deadline is not begun");
        var error = await Assert.ThrowsAsync<DiscordDeadlineException>(() => next);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(10), error.WaitEndsAt);
    }

    [Fact]
    public async Task A_callback_whose_bucket_refills_before_its_deadline_waits_for_it()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        var callback = Callback with { Deadline = time.GetUtcNow() + TimeSpan.FromSeconds(3) };
        using (var lease = await limiter.AcquireAsync(callback, CancellationToken.None))
        {
            limiter.Update(callback, lease, Headers(bucket: "callback", remaining: 0, resetAfter: 1));
        }

        var next = limiter.AcquireAsync(callback, CancellationToken.None);
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        (await next).Dispose();
    }

    [Fact]
    public async Task A_callback_queued_behind_another_request_of_its_bucket_gives_up_at_its_deadline()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        var callback = Callback with { Deadline = time.GetUtcNow() + TimeSpan.FromSeconds(3) };
        var first = await limiter.AcquireAsync(callback, CancellationToken.None);
        var queued = limiter.AcquireAsync(callback, CancellationToken.None);
        Assert.False(queued.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(3));
        first.Dispose();

        var error = await Assert.ThrowsAsync<DiscordDeadlineException>(() => queued);
        Assert.Equal(callback.Deadline, error.Deadline);
    }

    [Fact]
    public async Task A_sweep_racing_acquisitions_never_splits_a_bucket_so_its_requests_stay_one_at_a_time()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        // Interaction routes: outside the global limit, which a clock that never moves within a round would never refill.
        var routes = Enumerable.Range(0, 64).Select(i => Callback with { MajorKey = $"interaction:{i}:token-{i}" }).ToList();
        var inFlight = new int[routes.Count];
        var most = 0;
        var splits = 0;
        for (var round = 0; round < 2_000; round++)
        {
            // A minute on, every bucket is idle and a sweep is due: the round's first acquisition sweeps them while
            // the other requests look their buckets up.
            time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
            var leased = routes.Select(_ => new System.Collections.Concurrent.ConcurrentDictionary<object, bool>(ReferenceEqualityComparer.Instance)).ToList();
            using var start = new ManualResetEventSlim();
            var senders = Enumerable.Range(0, 4).Select(sender => Task.Run(async () =>
            {
                start.Wait();
                for (var n = 0; n < routes.Count; n++)
                {
                    var i = sender % 2 == 0 ? n : routes.Count - 1 - n;
                    using var lease = await limiter.AcquireAsync(routes[i], CancellationToken.None);
                    leased[i].TryAdd(lease.Bucket, true);
                    RaiseTo(ref most, Interlocked.Increment(ref inFlight[i]));
                    Interlocked.Decrement(ref inFlight[i]);
                }
            })).ToList();
            start.Set();
            await Task.WhenAll(senders);
            splits += leased.Count(buckets => buckets.Count > 1);
        }

        // A route served by two bucket objects in one round: its requests would not queue behind each other, and
        // the second would not know what Discord told the first about the bucket's remaining requests.
        Assert.Equal(0, splits);
        Assert.Equal(1, most);
    }

    private static void RaiseTo(ref int target, int value)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref target);
            if (value <= seen)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref target, value, seen) != seen);
    }

    private static System.Net.Http.Headers.HttpResponseHeaders Headers(string bucket, int remaining, double resetAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK);
        response.Headers.Add("X-RateLimit-Bucket", bucket);
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response.Headers;
    }
}
