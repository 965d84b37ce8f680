using System.Net;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>What the client sees when it answers an interaction too late, on the stand-in's clock.</summary>
public sealed class DiscordRestClientInteractionExpiryTests
{
    private static readonly Snowflake ChannelId = new(1300000000000000001);

    /// <summary>Only against hanging: a client that fails at once never comes near it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_callback_later_than_three_seconds_is_refused_as_an_unknown_interaction_and_sent_once()
    {
        // Discord's clock runs 3.5 s ahead of the bot's here: only Discord can tell the callback is late.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await RestHarness.StartAsync(standInClock: clock, clientClock: new FakeTimeProvider(clock.GetUtcNow()));
        var interactionId = new Snowflake(StandInIds.CreatedAt(clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromSeconds(3.5));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.RespondAsync(interactionId, "late-token", InteractionResponse.Deferred()));

        Assert.Equal((HttpStatusCode.NotFound, 10062), (error.StatusCode, error.Code));
        Assert.Single(harness.StandIn.Requests);
    }

    [Fact]
    public async Task A_callback_answered_429_with_a_wait_past_its_deadline_fails_at_once_and_is_not_sent_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await RestHarness.StartAsync(standInClock: clock, clientClock: clock);
        var interactionId = new Snowflake(StandInIds.CreatedAt(clock.GetUtcNow()));
        harness.StandIn.ScriptRateLimit(StandInRoutes.Callback, retryAfterSeconds: 30);

        // The clock never moves: a client that waited out the 30 s would wait for ever; the token ends that wait
        // when the assertion failed, so the harness can shut down.
        using var abandon = new CancellationTokenSource();
        var respond = harness.Client.RespondAsync(interactionId, "rate-limited-token", InteractionResponse.Deferred(), abandon.Token);
        DiscordDeadlineException error;
        try
        {
            error = await Assert.ThrowsAsync<DiscordDeadlineException>(() => respond.WaitAsync(Patience));
        }
        finally
        {
            await abandon.CancelAsync();
        }

        Assert.Equal(InteractionDeadlines.AcknowledgeBy(interactionId), error.Deadline);
        Assert.Equal(clock.GetUtcNow().AddSeconds(30), error.WaitEndsAt);
        Assert.Contains("not sent", error.Message, StringComparison.Ordinal);
        Assert.Equal([429], harness.StandIn.Requests.Select(r => r.Status));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Name == "RestDeadlinePassed");
    }

    [Fact]
    public async Task A_callback_answered_429_with_a_wait_that_ends_before_its_deadline_is_sent_again_in_time()
    {
        await using var harness = await RestHarness.StartAsync();
        var interactionId = new Snowflake(StandInIds.CreatedAt(DateTimeOffset.UtcNow));
        harness.StandIn.ScriptRateLimit(StandInRoutes.Callback, retryAfterSeconds: 0.3);

        await harness.Client.RespondAsync(interactionId, "briefly-limited-token", InteractionResponse.Deferred());

        Assert.Equal([429, 204], harness.StandIn.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_callback_whose_deadline_has_passed_is_not_sent_at_all()
    {
        var created = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(created);
        await using var harness = await RestHarness.StartAsync(clientClock: clock);
        var interactionId = new Snowflake(StandInIds.CreatedAt(created));
        clock.Advance(TimeSpan.FromSeconds(3.5));

        var error = await Assert.ThrowsAsync<DiscordDeadlineException>(() => harness.Client.RespondAsync(interactionId, "late-token", InteractionResponse.Deferred()));

        Assert.Null(error.WaitEndsAt);
        Assert.Empty(harness.StandIn.Requests);
    }

    [Fact]
    public async Task Edits_and_follow_ups_after_fifteen_minutes_are_refused_as_an_invalid_token_without_stopping_the_client()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await RestHarness.StartAsync(standInClock: clock);
        var interactionId = new Snowflake(StandInIds.CreatedAt(clock.GetUtcNow()));
        const string token = "expiring-token";
        harness.StandIn.RegisterInteraction(interactionId.ToString(), token, ChannelId.ToString());
        await harness.Client.RespondAsync(interactionId, token, InteractionResponse.Deferred());
        await harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, token, new MessagePayload { Content = "in time" });
        clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        var edit = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, token, new MessagePayload { Content = "too late" }));
        var followUp = await Assert.ThrowsAsync<DiscordRestException>(
            () => harness.Client.CreateFollowupAsync(RestHarness.ApplicationId, token, new MessagePayload { Content = "too late" }));
        var message = await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "still working" });

        Assert.Equal((HttpStatusCode.Unauthorized, 50027), (edit.StatusCode, edit.Code));
        Assert.Equal((HttpStatusCode.Unauthorized, 50027), (followUp.StatusCode, followUp.Code));
        Assert.Equal("in time", harness.StandIn.GetOriginalResponse(token)!["content"]!.GetValue<string>());
        Assert.Equal("still working", message.Content);
    }
}
