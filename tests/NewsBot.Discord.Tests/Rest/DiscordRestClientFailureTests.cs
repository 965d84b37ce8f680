using System.Net;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRestClientFailureTests
{
    private static readonly Snowflake ChannelId = new(1300000000000000001);
    private static readonly Snowflake OtherChannelId = new(1300000000000000002);

    [Fact]
    public async Task Route_429_is_waited_out_before_the_request_is_sent_again()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.StandIn.ScriptRateLimit(StandInRoutes.CreateMessage, retryAfterSeconds: 0.4);

        var message = await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "after the limit" });

        var requests = harness.StandIn.Requests;
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].ReceivedAt >= requests[0].ReceivedAt.AddSeconds(0.4),
            $"retried at {requests[1].ReceivedAt:HH:mm:ss.fff}, before retry_after had passed since {requests[0].ReceivedAt:HH:mm:ss.fff}");
        Assert.Equal("after the limit", message.Content);
        Assert.Empty(harness.StandIn.RateLimitViolations);
    }

    [Fact]
    public async Task Global_429_pauses_requests_on_every_route()
    {
        await using var harness = await RestHarness.StartAsync();
        var seed = await harness.Client.CreateMessageAsync(OtherChannelId, new MessagePayload { Content = "seed" });
        harness.StandIn.ScriptRateLimit(StandInRoutes.CreateMessage, retryAfterSeconds: 1.0, global: true);

        var first = harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "one" });
        var limited = await harness.StandIn.WaitForRequestAsync(r => r.Status == 429);

        // The client logs the 429 once it has paused; only then may the request on another route and channel start.
        for (var polls = 0; polls < 200 && !harness.Logs.Lines().Any(l => l.Contains("rate limited", StringComparison.Ordinal)); polls++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }

        var other = harness.Client.EditMessageAsync(OtherChannelId, seed.Id, new MessagePayload { Content = "two" });
        await Task.WhenAll(first, other);

        var after = harness.StandIn.Requests.Where(r => r.ReceivedAt > limited.ReceivedAt).ToList();
        Assert.Equal([StandInRoutes.EditMessage, StandInRoutes.CreateMessage], after.Select(r => r.Route).Order(StringComparer.Ordinal));
        Assert.All(after, r => Assert.Equal(200, r.Status));
        Assert.All(after, r => Assert.True(r.ReceivedAt >= limited.ReceivedAt.AddSeconds(1.0), $"{r} was sent during the global pause"));
        Assert.Empty(harness.StandIn.RateLimitViolations);
    }

    [Fact]
    public async Task Interaction_callback_is_sent_during_a_global_pause_which_does_not_bind_it()
    {
        await using var harness = await RestHarness.StartAsync();
        const string token = "aW50ZXJhY3Rpb24.global-pause-token";
        var interactionId = new Snowflake(2100000000000000009);
        harness.StandIn.RegisterInteraction(interactionId.ToString(), token, ChannelId.ToString());
        harness.StandIn.ScriptRateLimit(StandInRoutes.CreateMessage, retryAfterSeconds: 4.0, global: true);
        var paused = harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "held back" });
        var limited = await harness.StandIn.WaitForRequestAsync(r => r.Status == 429);

        await harness.Client.RespondAsync(interactionId, token, InteractionResponse.Deferred());

        var callback = harness.StandIn.Requests.Single(r => r.Route == StandInRoutes.Callback);
        Assert.Equal(204, callback.Status);
        Assert.True(callback.ReceivedAt < limited.ReceivedAt.AddSeconds(4.0), "the callback waited for the global pause");
        await paused;
        var retried = harness.StandIn.Requests.Last(r => r.Route == StandInRoutes.CreateMessage);
        Assert.True(retried.ReceivedAt >= limited.ReceivedAt.AddSeconds(4.0), "the bot route kept the global pause");
        Assert.Empty(harness.StandIn.RateLimitViolations);
    }

    [Fact]
    public async Task Empty_bucket_is_waited_for_instead_of_sending_into_a_429()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.StandIn.SetRouteLimit(StandInRoutes.CreateMessage, limit: 2, window: TimeSpan.FromMilliseconds(300));

        var sends = Enumerable.Range(1, 5).Select(i => harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = $"message {i}" }));
        var sent = await Task.WhenAll(sends);

        Assert.Equal(5, sent.Select(m => m.Id).Distinct().Count());
        Assert.All(harness.StandIn.Requests, r => Assert.Equal(200, r.Status));
        Assert.Empty(harness.StandIn.RateLimitViolations);
    }

    [Fact]
    public async Task Buckets_of_different_channels_do_not_hold_each_other_up()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.StandIn.SetRouteLimit(StandInRoutes.CreateMessage, limit: 1, window: TimeSpan.FromSeconds(30));

        await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "a" });
        var other = harness.Client.CreateMessageAsync(OtherChannelId, new MessagePayload { Content = "b" });

        // The first channel's bucket is empty for 30 s; the other channel's message must not wait for it.
        Assert.Same(other, await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Empty(harness.StandIn.RateLimitViolations);
    }

    [Fact]
    public async Task Server_errors_are_retried_until_one_succeeds()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.StandIn.ScriptServerError(StandInRoutes.CreateMessage, status: 502, times: 2);

        var message = await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "eventually" });

        Assert.Equal([502, 502, 200], harness.StandIn.Requests.Select(r => r.Status));
        Assert.Equal("eventually", message.Content);
    }

    [Fact]
    public async Task Server_errors_beyond_the_attempts_allowed_fail_with_the_status()
    {
        await using var harness = await RestHarness.StartAsync();
        var message = await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "draft" });
        harness.StandIn.ScriptServerError(StandInRoutes.EditMessage, status: 503, times: 10);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.EditMessageAsync(ChannelId, message.Id, new MessagePayload { Content = "never" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, harness.StandIn.Requests.Count(r => r.Route == StandInRoutes.EditMessage));
    }

    [Fact]
    public async Task Refused_bot_token_throws_unauthorized_and_stops_the_client()
    {
        var lifetime = new RecordingLifetime();
        await using var harness = await RestHarness.StartAsync(clientToken: "Nzk5.wrong-token", lifetime: lifetime);

        var error = await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "hi" }));
        var next = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "again" }));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("401", next.Message, StringComparison.Ordinal);
        Assert.Single(harness.StandIn.Requests);
        Assert.True(lifetime.StopRequested);
    }

    [Fact]
    public async Task Bad_interaction_token_is_an_error_of_that_request_only()
    {
        await using var harness = await RestHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, "never-issued", new MessagePayload { Content = "x" }));
        var message = await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "still working" });

        Assert.IsNotType<DiscordUnauthorizedException>(error);
        Assert.Equal(50027, error.Code);
        Assert.Equal("still working", message.Content);
    }

    [Fact]
    public async Task Error_body_is_parsed_into_an_exception_naming_the_failing_fields()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.StandIn.ScriptError(StandInRoutes.Callback, 400, """
            {"code": 50035, "message": "Invalid Form Body", "errors": {"data": {"embeds": {"0": {"description": {"_errors": [
              {"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 4096 or fewer in length."}]}}},
              "content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]}}}}
            """);

        var error = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.RespondAsync(new Snowflake(2100000000000000001), "t1", InteractionResponse.Message(new MessagePayload { Content = "x" })));

        Assert.Equal(50035, error.Code);
        Assert.Contains("data.embeds.0.description: Must be 4096 or fewer in length.", error.Message, StringComparison.Ordinal);
        Assert.Contains("data.content: Must be 2000 or fewer in length.", error.Message, StringComparison.Ordinal);
        Assert.Equal(["data.embeds.0.description", "data.content"], error.FieldErrors.Select(f => f.Path));
    }

    [Fact]
    public async Task Neither_the_bot_token_nor_an_interaction_token_reaches_a_log_line_or_an_exception()
    {
        const string wrongToken = "Nzk5.wrong-bot-token-value";
        const string interactionToken = "aW50ZXJhY3Rpb24.very-secret-interaction-token";
        await using var harness = await RestHarness.StartAsync();
        await using var refused = await RestHarness.StartAsync(clientToken: wrongToken);
        harness.StandIn.ScriptRateLimit(StandInRoutes.Callback, 0.05);
        harness.StandIn.ScriptServerError(StandInRoutes.EditOriginal);
        harness.StandIn.ScriptError(StandInRoutes.FollowUp, 400, """{"code": 50035, "message": "Invalid Form Body", "errors": {"content": {"_errors": [{"code": "X", "message": "bad"}]}}}""");
        var messages = new List<string>();

        await harness.Client.RespondAsync(new Snowflake(2100000000000000001), interactionToken, InteractionResponse.Deferred());
        await harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, interactionToken, new MessagePayload { Content = "done" });
        messages.Add((await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.CreateFollowupAsync(RestHarness.ApplicationId, interactionToken, new MessagePayload { Content = "more" }))).ToString());
        messages.Add((await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, interactionToken + "x", new MessagePayload { Content = "x" }))).ToString());
        messages.Add((await Assert.ThrowsAsync<DiscordUnauthorizedException>(
            () => refused.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "hi" }))).ToString());
        messages.Add((await Assert.ThrowsAsync<InvalidOperationException>(
            () => refused.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "hi" }))).ToString());

        var lines = harness.Logs.Lines().Concat(refused.Logs.Lines()).ToList();
        Assert.Contains(lines, l => l.Contains("rate limited", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("401", StringComparison.Ordinal));
        foreach (var secret in new[] { harness.StandIn.Token, wrongToken, interactionToken })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(messages, m => m.Contains(secret, StringComparison.Ordinal));
        }
    }

    private sealed class RecordingLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public bool StopRequested { get; private set; }

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => StopRequested = true;
    }
}
