using NewsBot.Testing.Discord.Gateway;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>How a shard gets its session back after Discord ends a connection, as Discord's gateway docs say it must.</summary>
public sealed class GatewaySessionRecoveryTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task When_the_resume_host_refuses_connections_the_client_identifies_afresh_on_the_gateway_bot_url()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.StandIn.TakeDownResumeGatewayAsync();
        harness.Gateway.Drop();
        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, "a second READY on a new session", Patience);

        Assert.Equal(2, harness.Gateway.Identifies.Count);
        Assert.StartsWith("/gateway/?v=10", harness.Gateway.ConnectionPaths[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resume_the_gateway_keeps_refusing_gives_way_to_a_new_session_after_a_few_attempts()
    {
        await using var harness = await GatewayHarness.CreateAsync(output, configureGateway: g => g.RefuseResumesWithCode = 4000);
        await harness.StartAndWaitForReadyAsync();

        harness.Gateway.Drop();
        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, "a second READY on a new session", Patience);

        Assert.InRange(harness.Gateway.Resumes.Count, 1, 3);
        Assert.Equal(2, harness.Gateway.Identifies.Count);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    public async Task A_close_the_table_says_ends_the_session_leads_to_a_new_identify_not_a_resume(int closeCode)
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.CloseAsync(closeCode);
        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, $"a second READY after close {closeCode}", Patience);

        Assert.Empty(harness.Gateway.Resumes);
        Assert.Empty(harness.Events.Resumed);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(4003)]
    public async Task After_the_gateway_ends_the_session_with_a_close_the_client_identifies_afresh_and_keeps_receiving_events(int closeCode)
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();
        await harness.Gateway.DispatchAsync("NUMBERED", """{"n":1}""");
        await harness.Events.WaitUntilAsync(e => e.Named("NUMBERED").Count == 1, "the first event", Patience);

        await harness.Gateway.CloseAsync(closeCode);
        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, $"a second READY after close {closeCode}", Patience);
        await harness.Gateway.DispatchAsync("NUMBERED", """{"n":2}""");
        await harness.Events.WaitUntilAsync(e => e.Named("NUMBERED").Count == 2, "an event in the new session", Patience);

        Assert.Equal([1, 2], harness.Events.Named("NUMBERED").Select(d => d.Data.GetProperty("n").GetInt32()));
        Assert.Equal(2, harness.Gateway.Identifies.Count);
        Assert.Empty(harness.Gateway.Resumes);
        Assert.NotEqual(harness.Events.Ready[0].SessionId, harness.Events.Ready[1].SessionId);
    }

    [Fact]
    public async Task A_close_1001_going_away_is_resumed_and_the_events_sent_meanwhile_are_replayed()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.CloseAsync(1001);
        await harness.Gateway.DispatchAsync("NUMBERED", """{"n":1}""");
        await harness.Events.WaitUntilAsync(e => e.Resumed.Count == 1 || e.Ready.Count == 2, "a resume or a new session after close 1001", Patience);
        await harness.Events.WaitUntilAsync(e => e.Named("NUMBERED").Count == 1 || e.Ready.Count == 2, "the event sent while the shard was away", Patience);

        Assert.Single(harness.Gateway.Identifies);
        Assert.Single(harness.Gateway.Resumes);
        Assert.Single(harness.Events.Named("NUMBERED"));
    }

    [Fact]
    public async Task The_client_answers_the_close_frame_the_gateway_sends()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.CloseAsync(4000);
        await harness.Gateway.WaitUntilAsync(g => g.Closes.Count >= 1 && g.Closes[0].AnsweredByClient, "the client's close frame in answer", Patience);

        Assert.False(harness.Gateway.Closes[0].ByClient);
    }

    [Fact]
    public async Task A_shard_waiting_for_its_identify_turn_does_not_hold_an_open_connection_that_goes_zombie()
    {
        // Two shards in one identify bucket: the second waits a whole window, longer than two heartbeat intervals.
        await using var harness = await GatewayHarness.CreateAsync(
            output,
            o => o.ShardCount = 2,
            g =>
            {
                g.MaxConcurrency = 1;
                g.HeartbeatInterval = TimeSpan.FromSeconds(1);
            },
            settings: GatewayHarness.FastSettings with { IdentifyWindow = TimeSpan.FromSeconds(4) });
        await harness.Client.StartAsync(CancellationToken.None);

        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, "READY on both shards", Patience);

        Assert.Empty(harness.Gateway.Closes);
        Assert.Equal(2, harness.Gateway.ConnectionPaths.Count);
    }

    [Fact]
    public async Task A_presence_set_before_start_is_sent_after_ready_and_again_on_a_new_session()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.Client.UpdatePresenceAsync("idle", "Reading the news", CancellationToken.None);
        await harness.StartAndWaitForReadyAsync();
        await harness.Gateway.WaitUntilAsync(g => g.PresenceUpdates.Count >= 1, "a presence update after READY", Patience);

        await harness.Gateway.SendInvalidSessionAsync(resumable: false);
        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, "a second READY", Patience);
        await harness.Gateway.WaitUntilAsync(g => g.PresenceUpdates.Count >= 2, "the presence sent again on the new session", Patience);

        Assert.All(harness.Gateway.PresenceUpdates, p => Assert.Equal("idle", p["status"]!.GetValue<string>()));
        Assert.DoesNotContain(harness.Gateway.Closes, c => c.Code == 4003);
        var secondConnection = harness.Gateway.Frames.Last(f => f.Direction == FrameDirection.Sent && f.EventName == "READY").ConnectionId;
        Assert.Contains(harness.Gateway.Frames, f => f.Direction == FrameDirection.Received && f.Op == 3 && f.ConnectionId == secondConnection);
    }

    [Fact]
    public async Task The_presence_is_sent_again_on_the_connection_that_resumed_the_session()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();
        await harness.Client.UpdatePresenceAsync("dnd", "Indexing", CancellationToken.None);
        await harness.Gateway.WaitUntilAsync(g => g.PresenceUpdates.Count >= 1, "the presence sent on the live session", Patience);

        await harness.Gateway.SendReconnectAsync();
        await harness.Events.WaitUntilAsync(e => e.Resumed.Count == 1, "RESUMED after op 7", Patience);
        await harness.Gateway.WaitUntilAsync(g => g.PresenceUpdates.Count >= 2, "the presence sent again after RESUMED", Patience);

        Assert.Single(harness.Gateway.Identifies);
        Assert.All(harness.Gateway.PresenceUpdates, p => Assert.Equal("dnd", p["status"]!.GetValue<string>()));
        var resumedOn = harness.Gateway.Frames.Last(f => f.Direction == FrameDirection.Sent && f.EventName == "RESUMED").ConnectionId;
        Assert.Contains(harness.Gateway.Frames, f => f.Direction == FrameDirection.Received && f.Op == 3 && f.ConnectionId == resumedOn);
        Assert.DoesNotContain(harness.Gateway.Closes, c => c.Code == 4003);
    }

    [Fact]
    public async Task Client_resumes_after_a_dropped_socket_and_every_event_arrives_once_in_order()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();
        for (var i = 1; i <= 3; i++)
        {
            await harness.Gateway.DispatchAsync("NUMBERED", $$"""{"n":{{i}}}""");
        }

        await harness.Events.WaitUntilAsync(e => e.Named("NUMBERED").Count == 3, "the first three events");
        harness.Gateway.Drop();
        for (var i = 4; i <= 6; i++)
        {
            await harness.Gateway.DispatchAsync("NUMBERED", $$"""{"n":{{i}}}""");
        }

        await harness.Events.WaitUntilAsync(e => e.Resumed.Count == 1 && e.Named("NUMBERED").Count >= 6, "the resume and the missed events");

        Assert.Equal([1, 2, 3, 4, 5, 6], harness.Events.Named("NUMBERED").Select(d => d.Data.GetProperty("n").GetInt32()));
        Assert.Single(harness.Gateway.Identifies);
        var resume = Assert.Single(harness.Gateway.Resumes);
        Assert.Equal(harness.Events.Ready[0].SessionId, resume["session_id"]!.GetValue<string>());
        Assert.Equal(harness.StandIn.Token, resume["token"]!.GetValue<string>());
        Assert.StartsWith("/resume-gateway/?v=10&encoding=json", harness.Gateway.ConnectionPaths[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_resumes_when_the_gateway_sends_reconnect()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.SendReconnectAsync();
        await harness.Events.WaitUntilAsync(e => e.Resumed.Count == 1, "RESUMED after op 7");

        Assert.Single(harness.Gateway.Identifies);
        Assert.Single(harness.Gateway.Resumes);
        var close = harness.Gateway.Closes[0];
        Assert.True(close.ByClient);
        Assert.NotEqual(1000, close.Code);
        Assert.NotEqual(1001, close.Code);
    }

    [Fact]
    public async Task Client_resumes_after_a_resumable_invalid_session()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.SendInvalidSessionAsync(resumable: true);
        await harness.Events.WaitUntilAsync(e => e.Resumed.Count == 1, "RESUMED after op 9 d:true");

        Assert.Single(harness.Gateway.Identifies);
        Assert.Single(harness.Gateway.Resumes);
    }

    [Fact]
    public async Task Client_identifies_again_after_an_invalid_session_that_cannot_be_resumed()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.SendInvalidSessionAsync(resumable: false);
        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, "a second READY after op 9 d:false");

        Assert.Equal(2, harness.Gateway.Identifies.Count);
        Assert.Empty(harness.Gateway.Resumes);
        Assert.NotEqual(harness.Events.Ready[0].SessionId, harness.Events.Ready[1].SessionId);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Client_identifies_again_after_a_close_that_ends_the_session(int closeCode)
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.CloseAsync(closeCode);
        await harness.Events.WaitUntilAsync(e => e.Ready.Count == 2, $"a second READY after close {closeCode}");

        Assert.Empty(harness.Gateway.Resumes);
    }

    [Fact]
    public async Task Client_resumes_after_a_resumable_close_code()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.CloseAsync(4000);
        await harness.Events.WaitUntilAsync(e => e.Resumed.Count == 1, "RESUMED after close 4000");

        Assert.Single(harness.Gateway.Identifies);
    }

    [Fact]
    public async Task Client_closes_a_zombie_connection_with_a_non_1000_code_and_resumes()
    {
        await using var harness = await GatewayHarness.CreateAsync(output, configureGateway: g => g.WithholdHeartbeatAcks = true);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.WaitForClosesAsync(1);
        harness.Gateway.WithholdHeartbeatAcks = false;
        await harness.Events.WaitUntilAsync(e => e.Resumed.Count >= 1, "RESUMED after the zombie close");

        var close = harness.Gateway.Closes[0];
        Assert.True(close.ByClient);
        Assert.NotNull(close.Code);
        Assert.NotEqual(1000, close.Code);
        Assert.NotEqual(1001, close.Code);
        Assert.Single(harness.Gateway.Identifies);
        Assert.Contains(harness.Logs.Lines(), l => l.Contains("zombie", StringComparison.OrdinalIgnoreCase));
    }
}
