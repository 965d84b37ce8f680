using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>Discord's follow-up rule after a deferral, as a user of the client sees its effect.</summary>
public sealed class DiscordRestClientFollowUpTests
{
    private static readonly Snowflake ChannelId = new(1300000000000000001);

    [Fact]
    public async Task The_first_follow_up_after_a_deferral_replaces_the_thinking_message_and_keeps_it_public()
    {
        await using var harness = await RestHarness.StartAsync();
        // Dated a little ahead: this test is about follow-ups, and a loaded machine's first request can take longer
        // than the callback's 3 seconds (it failed so once, 4 s into a parallel run).
        var interactionId = new Snowflake(StandInIds.CreatedAt(DateTimeOffset.UtcNow.AddSeconds(30)));
        const string token = "deferred-followup-token";
        harness.StandIn.RegisterInteraction(interactionId.ToString(), token, ChannelId.ToString());
        await harness.Client.RespondAsync(interactionId, token, InteractionResponse.Deferred(ephemeral: false));

        var first = await harness.Client.CreateFollowupAsync(RestHarness.ApplicationId, token, new MessagePayload { Content = "The answer", Flags = MessageFlags.Ephemeral });
        var second = await harness.Client.CreateFollowupAsync(RestHarness.ApplicationId, token, new MessagePayload { Content = "More quotes" });

        var original = harness.StandIn.GetOriginalResponse(token)!;
        Assert.Equal(first.Id.ToString(), (string?)original["id"]);
        Assert.Equal("The answer", (string?)original["content"]);
        Assert.Equal(0, (int?)original["flags"]);
        Assert.Equal(["More quotes"], harness.StandIn.GetFollowUps(token).Select(m => (string?)m["content"]));
        Assert.NotEqual(first.Id, second.Id);
    }
}
