using System.Text.Json.Nodes;
using NewsBot.Discord.Gateway;
using NewsBot.Testing.Discord.Gateway;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayClientTests(ITestOutputHelper output)
{
    private const string Interaction = """{"id":"1200000000000000001","application_id":"1100000000000000002","type":2,"token":"interaction-token","guild_id":"1200000000000000009","channel_id":"1200000000000000010","data":{"id":"1200000000000000003","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"Who won?"}]},"member":{"user":{"id":"1200000000000000004","username":"asker"},"roles":[],"permissions":"8"}}""";
    private const string MessageJson = """{"id":"1200000000000000005","channel_id":"1200000000000000010","guild_id":"1200000000000000009","author":{"id":"1200000000000000004","username":"asker"},"content":"<@1100000000000000001> who won?","mentions":[{"id":"1100000000000000001","username":"NewsBot","bot":true}],"mention_everyone":false,"type":0,"timestamp":"2026-11-26T19:00:00+00:00"}""";

    [Fact]
    public async Task Client_identifies_with_token_intents_properties_and_shard_then_heartbeats_with_the_last_sequence()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();
        var sequence = await harness.Gateway.DispatchAsync("TYPING_START", """{"channel_id":"1"}""");
        await harness.Gateway.WaitUntilAsync(
            g => g.Frames.Any(f => f.Direction == FrameDirection.Received && f.Op == 1 && f.Json.Contains($"\"d\":{sequence}", StringComparison.Ordinal)),
            "a heartbeat carrying the last sequence");

        var identify = Assert.Single(harness.Gateway.Identifies);
        Assert.Equal(harness.StandIn.Token, identify["token"]!.GetValue<string>());
        Assert.Equal(4609, identify["intents"]!.GetValue<int>());
        Assert.Equal("linux", identify["properties"]!["os"]!.GetValue<string>());
        Assert.Equal("NewsBot.Discord", identify["properties"]!["browser"]!.GetValue<string>());
        Assert.Equal("NewsBot.Discord", identify["properties"]!["device"]!.GetValue<string>());
        Assert.Equal([0, 1], identify["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal("/gateway/?v=10&encoding=json", harness.Gateway.ConnectionPaths[0]);
        var ready = Assert.Single(harness.Events.Ready);
        Assert.Equal(harness.Gateway.BotUserId, ready.User.Id.Value);
        Assert.Equal(harness.Gateway.ApplicationId, ready.ApplicationId.Value);
        Assert.Equal(harness.Gateway.ResumeGatewayUrl.AbsoluteUri.TrimEnd('/'), ready.ResumeGatewayUrl.AbsoluteUri.TrimEnd('/'));
    }

    [Fact]
    public async Task Client_answers_a_heartbeat_request_from_the_gateway_at_once()
    {
        await using var harness = await GatewayHarness.CreateAsync(output, configureGateway: g => g.HeartbeatInterval = TimeSpan.FromMinutes(10));
        await harness.StartAndWaitForReadyAsync();
        var before = harness.Gateway.HeartbeatCount;

        await harness.Gateway.SendRawAsync("""{"op":1,"d":null}""");

        await harness.Gateway.WaitForHeartbeatsAsync(before + 1);
        Assert.True(harness.Gateway.HeartbeatCount > before);
    }

    [Fact]
    public async Task Two_shards_identify_with_their_ids_and_receive_the_guilds_that_map_to_them()
    {
        var guildOnShard0 = 4UL << 22;
        var guildOnShard1 = 5UL << 22;
        await using var harness = await GatewayHarness.CreateAsync(
            output,
            o => o.ShardCount = 2,
            g =>
            {
                g.MaxConcurrency = 2;
                g.Guilds.Add(new StandInGuild(guildOnShard0, "Even"));
                g.Guilds.Add(new StandInGuild(guildOnShard1, "Odd"));
            });
        await harness.Client.StartAsync(CancellationToken.None);

        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2 && e.Guilds.Count == 2, "READY and GUILD_CREATE on both shards");

        var shards = harness.Gateway.Identifies.Select(i => string.Join(",", i["shard"]!.AsArray().Select(n => n!.GetValue<int>()))).Order();
        Assert.Equal(["0,2", "1,2"], shards);
        Assert.Equal([0, 1], harness.Events.Ready.Select(r => r.ShardId).Order());
        Assert.Equal(0, harness.Events.Guilds.Single(g => g.Name == "Even").ShardId);
        Assert.Equal(1, harness.Events.Guilds.Single(g => g.Name == "Odd").ShardId);
        Assert.Equal(guildOnShard1, harness.Events.Guilds.Single(g => g.Name == "Odd").GuildId.Value);
    }

    [Fact]
    public async Task An_oversized_payload_is_refused_before_sending_with_a_clear_message()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        var error = await Assert.ThrowsAsync<GatewayPayloadTooLargeException>(
            () => harness.Client.UpdatePresenceAsync("online", new string('x', 5000), CancellationToken.None));
        await harness.Client.UpdatePresenceAsync("idle", "Reading the news", CancellationToken.None);
        await harness.Gateway.WaitUntilAsync(g => g.Frames.Any(f => f.Direction == FrameDirection.Received && f.Op == 3), "a presence update");

        Assert.Contains("4096", error.Message, StringComparison.Ordinal);
        Assert.True(error.Size > 4096);
        var presence = Assert.Single(harness.Gateway.Frames, f => f.Direction == FrameDirection.Received && f.Op == 3);
        Assert.Contains("Reading the news", presence.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Gateway.Closes, c => c.Code == 4002);
    }

    [Fact]
    public async Task Interactions_and_messages_arrive_as_typed_events()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.DispatchAsync("INTERACTION_CREATE", Interaction);
        await harness.Gateway.DispatchAsync("MESSAGE_CREATE", MessageJson);
        await harness.Events.WaitUntilAsync(e => e.Interactions.Count == 1 && e.Messages.Count == 1, "one interaction and one message");

        var interaction = harness.Events.Interactions[0].Interaction;
        Assert.Equal("ask", interaction.Data!.Name);
        Assert.Equal("Who won?", interaction.Data.Options[0].Value!.Value.GetString());
        Assert.Equal("asker", interaction.Invoker!.Username);
        var message = harness.Events.Messages[0].Message;
        Assert.Equal(1100000000000000001UL, message.Mentions[0].Id.Value);
        Assert.Equal("<@1100000000000000001> who won?", message.Content);
    }

    [Fact]
    public async Task A_message_without_optional_fields_arrives_with_empty_lists_and_content_not_nulls()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.DispatchAsync("MESSAGE_CREATE", """{"id":"1200000000000000005","channel_id":"1200000000000000010","author":{"id":"1200000000000000004"}}""");
        await harness.Gateway.DispatchAsync("INTERACTION_CREATE", """{"id":"1200000000000000001","application_id":"1","type":3,"token":"t","data":{"custom_id":"more:2","component_type":2},"user":{"id":"1200000000000000004"}}""");
        await harness.Events.WaitUntilAsync(e => e.Messages.Count == 1 && e.Interactions.Count == 1, "a bare message and a bare component interaction");

        var message = harness.Events.Messages[0].Message;
        Assert.Empty(message.Mentions);
        Assert.Equal(string.Empty, message.Content);
        Assert.Equal(string.Empty, message.Author!.Username);
        var data = harness.Events.Interactions[0].Interaction.Data!;
        Assert.Equal("more:2", data.CustomId);
        Assert.Empty(data.Options);
        Assert.Empty(data.Values);
    }

    [Fact]
    public async Task A_malformed_dispatch_is_logged_and_skipped_and_the_next_one_is_delivered()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.DispatchAsync("INTERACTION_CREATE", """{"id":"not-a-snowflake","type":"two"}""");
        await harness.Gateway.SendRawAsync("this is not JSON {");
        await harness.Gateway.DispatchAsync("INTERACTION_CREATE", Interaction);
        await harness.Events.WaitUntilAsync(e => e.Interactions.Count == 1, "the well-formed interaction");

        Assert.Equal(1200000000000000001UL, Assert.Single(harness.Events.Interactions).Interaction.Id.Value);
        Assert.Contains(harness.Logs.Lines(), l => l.Contains("whose data did not parse", StringComparison.Ordinal));
        Assert.Contains(harness.Logs.Lines(), l => l.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Empty(harness.Gateway.Closes);
    }

    [Fact]
    public async Task A_slow_handler_does_not_stop_heartbeats_and_a_throwing_one_does_not_stop_delivery()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        var release = new TaskCompletionSource();
        harness.Client.OnDispatch(async (d, _) =>
        {
            if (d.EventName == "SLOW")
            {
                await release.Task;
            }
            else if (d.EventName == "THROWS")
            {
                throw new InvalidOperationException("handler bug");
            }
        });
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.DispatchAsync("SLOW", "{}");
        await harness.Gateway.DispatchAsync("THROWS", "{}");
        await harness.Gateway.DispatchAsync("AFTER", "{}");
        var heartbeats = harness.Gateway.HeartbeatCount;
        await harness.Gateway.WaitForHeartbeatsAsync(heartbeats + 3);
        var deliveredWhileBlocked = harness.Events.Dispatches.Select(d => d.EventName).ToList();
        release.SetResult();
        await harness.Events.WaitUntilAsync(e => e.Named("AFTER").Count == 1, "the event after the throwing handler");

        Assert.DoesNotContain("THROWS", deliveredWhileBlocked);
        Assert.Empty(harness.Gateway.Closes);
        Assert.Equal(["READY", "SLOW", "THROWS", "AFTER"], harness.Events.Dispatches.Select(d => d.EventName));
        Assert.Contains(harness.Logs.Lines(), l => l.Contains("handler bug", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_closes_the_connection_with_1000()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Client.StopAsync(CancellationToken.None);
        await harness.Gateway.WaitForClosesAsync(1);

        Assert.Equal(new StandInGatewayClose(1, ByClient: true, Code: 1000), harness.Gateway.Closes[0]);
        Assert.True(harness.Client.Completion.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_token_never_appears_in_any_log_line()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();
        harness.Gateway.Drop();
        await harness.Events.WaitUntilAsync(e => e.Resumed.Count == 1, "a resume");
        await harness.Gateway.SendInvalidSessionAsync(resumable: false);
        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, "a new session");
        await harness.Gateway.DispatchAsync("INTERACTION_CREATE", """{"id":"bad"}""");
        await harness.Gateway.CloseAsync(4004);
        var error = await harness.WaitForFatalAsync();

        Assert.NotEmpty(harness.Logs.Lines());
        Assert.Contains(harness.Logs.Lines(), l => l.Contains("resuming session", StringComparison.Ordinal));
        Assert.All(harness.Logs.Lines(), l => Assert.DoesNotContain(harness.StandIn.Token, l, StringComparison.Ordinal));
        Assert.DoesNotContain(harness.StandIn.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_is_never_logged_either()
    {
        await using var harness = await GatewayHarness.CreateAsync(output, o => o.Token = "wrong.token.value");
        await harness.Client.StartAsync(CancellationToken.None);
        await harness.WaitForFatalAsync();

        Assert.NotEmpty(harness.Logs.Lines());
        Assert.All(harness.Logs.Lines(), l => Assert.DoesNotContain("wrong.token.value", l, StringComparison.Ordinal));
    }

}
