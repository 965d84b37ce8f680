using System.Net;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>Which failed requests are sent again: only those a second copy cannot duplicate, and never past a deadline.</summary>
public sealed class DiscordRestClientRetryTests
{
    private static readonly Snowflake ChannelId = new(1300000000000000001);

    [Fact]
    public async Task A_message_post_answered_500_after_Discord_posted_it_is_not_posted_again()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.StandIn.ScriptServerErrorAfterProcessing(StandInRoutes.CreateMessage, status: 500);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "once" }));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(harness.StandIn.GetMessages(ChannelId.ToString()));
        Assert.Single(harness.StandIn.Requests);
    }

    [Fact]
    public async Task An_edit_is_retried_after_server_errors_as_sending_it_twice_changes_nothing()
    {
        await using var harness = await RestHarness.StartAsync();
        var message = await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "draft" });
        harness.StandIn.ScriptServerError(StandInRoutes.EditMessage, status: 503, times: 2);

        var edited = await harness.Client.EditMessageAsync(ChannelId, message.Id, new MessagePayload { Content = "final" });

        Assert.Equal("final", edited.Content);
        Assert.Equal([200, 503, 503, 200], harness.StandIn.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_fresh_interaction_callback_answered_502_is_retried_within_its_deadline()
    {
        await using var harness = await RestHarness.StartAsync();
        var interactionId = CreatedAt(DateTimeOffset.UtcNow);
        harness.StandIn.ScriptServerError(StandInRoutes.Callback, status: 502, times: 1);

        await harness.Client.RespondAsync(interactionId, "fresh-token", InteractionResponse.Deferred());

        Assert.Equal([502, 204], harness.StandIn.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_callback_is_not_retried_when_the_retry_could_end_after_its_three_second_deadline()
    {
        // Sent 10 ms before its deadline, so Discord takes it; a retry after the 20 ms backoff could only be late.
        var created = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(created);
        await using var harness = await RestHarness.StartAsync(standInClock: clock, clientClock: clock);
        var interactionId = CreatedAt(created);
        clock.Advance(TimeSpan.FromSeconds(2.99));
        harness.StandIn.ScriptServerError(StandInRoutes.Callback, status: 502, times: 1);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.RespondAsync(interactionId, "stale-token", InteractionResponse.Deferred()));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Single(harness.StandIn.Requests);
    }

    private static Snowflake CreatedAt(DateTimeOffset time) => new(StandInIds.CreatedAt(time));
}
