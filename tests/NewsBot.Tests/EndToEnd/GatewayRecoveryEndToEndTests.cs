using NewsBot.Testing.Discord.Gateway;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Discord's ways of ending a connection (events/gateway.mdx, "Reconnect", "Invalid Session", "Resuming"), each
/// followed through Discord.Net: the bot is back in a session and answers the next command.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class GatewayRecoveryEndToEndTests(ITestOutputHelper output) : EndToEndTest(output)
{
    [Fact]
    public async Task After_op_7_reconnect_the_bot_resumes_its_session_and_answers()
    {
        await Bot.StandIn.Gateway.SendReconnectAsync();
        await Bot.StandIn.Gateway.WaitForResumesAsync(1);
        await Bot.StandIn.Gateway.WaitForLiveSessionAsync();

        var help = await Bot.SlashAsync("help");
        await Bot.WaitForCallbackAsync(help);

        Assert.Single(Bot.StandIn.Gateway.Identifies);
    }

    [Fact]
    public async Task After_an_invalid_session_that_cannot_be_resumed_the_bot_identifies_again_and_answers()
    {
        await Bot.StandIn.Gateway.SendInvalidSessionAsync(resumable: false);
        await Bot.StandIn.Gateway.WaitForIdentifiesAsync(2);
        await Bot.StandIn.Gateway.WaitForLiveSessionAsync();

        var help = await Bot.SlashAsync("help");
        await Bot.WaitForCallbackAsync(help);

        Assert.Equal(2, Bot.StandIn.Gateway.Identifies.Count);
    }

    [Fact]
    public async Task A_resumable_close_from_discord_is_resumed_and_missed_events_are_replayed()
    {
        await Bot.StandIn.Gateway.CloseAsync(4000);
        var help = await Bot.SlashAsync("help");
        await Bot.StandIn.Gateway.WaitForResumesAsync(1);

        await Bot.WaitForCallbackAsync(help);

        Assert.Single(Bot.StandIn.Gateway.Identifies);
        Assert.Contains(Bot.StandIn.Gateway.Frames, frame => frame.Direction == FrameDirection.Sent && frame.EventName == "RESUMED");
    }
}
