using NewsBot.Testing.Discord.Gateway;
using NewsBot.Testing.Discord.Rest;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Discord's rules for answering an interaction (interactions/receiving-and-responding.mdx), which the stand-in keeps:
/// deadlines count from the interaction's creation, the time in its id ("Responding to an Interaction": an initial
/// response within 3 seconds, the token valid for 15 minutes), and a follow-up right after a deferral is an edit of
/// the deferred reply that ignores the ephemeral flag ("Create Followup Message"). After a resume Discord replays the
/// events the bot missed (events/gateway.mdx, "Resuming"); an interaction among them may already be past its 3
/// seconds, and the stand-in, like Discord, refuses its callback with 404, 10062.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class InteractionRulesEndToEndTests(ITestOutputHelper output) : EndToEndTest(output)
{
    [Fact]
    public async Task An_interaction_replayed_after_a_resume_past_its_three_seconds_gets_no_callback_that_could_only_fail()
    {
        Bot.StandIn.Gateway.Drop();
        var replayed = (await Bot.SlashCreatedAtAsync("help", Bot.StandIn.Clock.GetUtcNow() - TimeSpan.FromSeconds(10))).Id;
        await Bot.StandIn.Gateway.WaitForResumesAsync(1);
        await Bot.StandIn.Gateway.WaitForLiveSessionAsync();
        var fresh = await Bot.SlashAsync("help");
        await Bot.WaitForCallbackAsync(fresh);

        // Stopping waits for every answer in flight, so a callback to the replayed interaction would have been sent by now.
        Assert.Equal(0, await Bot.StopAsync());

        Assert.Contains(Bot.StandIn.Gateway.Frames, frame => frame.Direction == FrameDirection.Sent && frame.EventName == "INTERACTION_CREATE"
            && frame.ConnectionId > 1 && frame.Json.Contains(replayed, StringComparison.Ordinal));
        Assert.DoesNotContain(Bot.StandIn.Requests, request => request.Route == StandInRoutes.Callback && request.RouteValues["interaction_id"] == replayed);
        Assert.DoesNotContain(Bot.StandIn.Requests, request => request.Status == 404);
        Assert.NotNull(Bot.StandIn.GetInteractionCallback(fresh.Id));
    }

    [Fact]
    public async Task A_question_of_common_words_alone_is_refused_in_the_deferred_reply_itself()
    {
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, "what is the"));

        var edit = await Bot.WaitForAnswerAsync(ask);

        Assert.Contains("only common words", (string)edit["content"]!, StringComparison.Ordinal);
        Assert.Contains("only common words", (string)Bot.StandIn.GetOriginalResponse(ask.Token)!["content"]!, StringComparison.Ordinal);
        Assert.Empty(Bot.StandIn.GetFollowUps(ask.Token));
        Assert.DoesNotContain(Bot.StandIn.Requests, request => request.Route is StandInRoutes.DeleteOriginal or StandInRoutes.FollowUp);
    }
}
