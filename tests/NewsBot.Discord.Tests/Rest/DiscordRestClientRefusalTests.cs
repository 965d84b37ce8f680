using System.Net;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>Refusals (401, 403, 429) are not sent into again and again: Discord bans clients that collect too many.</summary>
public sealed class DiscordRestClientRefusalTests
{
    private static readonly Snowflake DeniedChannel = new(1300000000000000001);
    private static readonly Snowflake OpenChannel = new(1300000000000000002);

    [Fact]
    public async Task A_channel_that_refused_a_message_with_403_is_not_sent_to_again_while_other_channels_are()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.StandIn.DenyChannel(DeniedChannel.ToString());

        var first = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(DeniedChannel, new MessagePayload { Content = "one" }));
        var second = await Assert.ThrowsAsync<DiscordRequestWithheldException>(() => harness.Client.CreateMessageAsync(DeniedChannel, new MessagePayload { Content = "two" }));
        var elsewhere = await harness.Client.CreateMessageAsync(OpenChannel, new MessagePayload { Content = "three" });

        Assert.Equal((HttpStatusCode.Forbidden, 50013), (first.StatusCode, first.Code));
        Assert.Equal((HttpStatusCode.Forbidden, 50013), (second.StatusCode, second.Code));
        Assert.Equal("three", elsewhere.Content);
        Assert.Single(harness.StandIn.Requests, r => r.Route == StandInRoutes.CreateMessage && r.RouteValues["channel_id"] == DeniedChannel.ToString());
    }

    [Fact]
    public async Task Sending_stops_well_before_Discord_would_ban_the_client_for_invalid_requests()
    {
        await using var harness = await RestHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Rest:InvalidRequestBudget"] = "5" });
        harness.StandIn.InvalidRequestLimit = 8;

        var errors = new List<DiscordRestException>();
        for (var i = 0; i < 10; i++)
        {
            errors.Add(await Assert.ThrowsAnyAsync<DiscordRestException>(
                () => harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, $"never-issued-{i}", new MessagePayload { Content = "x" })));
        }

        Assert.False(harness.StandIn.CloudflareBanned);
        Assert.Equal(5, harness.StandIn.Requests.Count);
        Assert.All(errors.Take(5), e => Assert.Equal(50027, e.Code));
        Assert.All(errors.Skip(5), e => Assert.IsType<DiscordRequestWithheldException>(e));
    }
}
