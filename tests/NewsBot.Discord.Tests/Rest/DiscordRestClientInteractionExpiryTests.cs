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

    [Fact]
    public async Task A_callback_later_than_three_seconds_is_refused_as_an_unknown_interaction_and_sent_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await RestHarness.StartAsync(standInClock: clock);
        var interactionId = new Snowflake(StandInIds.CreatedAt(clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromSeconds(3.5));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.RespondAsync(interactionId, "late-token", InteractionResponse.Deferred()));

        Assert.Equal((HttpStatusCode.NotFound, 10062), (error.StatusCode, error.Code));
        Assert.Single(harness.StandIn.Requests);
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
