using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Hosting;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>The heartbeat schedule on an injected clock, through a scripted transport (no sockets, no sleeping).</summary>
public sealed class HeartbeatScheduleTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Seed = 5;

    [Fact]
    public async Task First_heartbeat_comes_after_interval_times_jitter_then_every_interval_and_a_missing_ack_closes_as_zombie()
    {
        var time = new FakeTimeProvider();
        var transport = new ScriptedTransport();
        var client = new DiscordGatewayClient(
            new DiscordOptions { Token = "scripted-token" },
            new FixedGatewayInfo(),
            transport,
            time,
            new Random(Seed),
            TestLogs.Factory(TestLogs.Collector(output)).CreateLogger<DiscordGatewayClient>(),
            GatewayHarness.FastSettings);
        var firstAfter = TimeSpan.FromMilliseconds(10_000) * new Random(Seed).NextDouble();

        transport.Script("""{"op":10,"d":{"heartbeat_interval":10000}}""");
        await client.StartAsync(CancellationToken.None);
        var identify = JsonNode.Parse(await transport.NextSentAsync())!;
        transport.Script("""{"op":0,"s":1,"t":"READY","d":{"session_id":"s1","resume_gateway_url":"wss://resume.invalid","user":{"id":"1","username":"bot"},"application":{"id":"2"}}}""");
        transport.Script("""{"op":0,"s":2,"t":"TYPING_START","d":{}}""");
        var answer = await AnswerToHeartbeatRequestAsync(transport);

        time.Advance(firstAfter - TimeSpan.FromMilliseconds(1));
        Assert.False(transport.TryTakeSent(out _), "no heartbeat before interval * jitter");
        time.Advance(TimeSpan.FromMilliseconds(1));
        var first = JsonNode.Parse(await transport.NextSentAsync())!;
        transport.Script("""{"op":11}""");
        await AnswerToHeartbeatRequestAsync(transport);

        time.Advance(TimeSpan.FromMilliseconds(9_999));
        Assert.False(transport.TryTakeSent(out _), "no second heartbeat before a whole interval");
        time.Advance(TimeSpan.FromMilliseconds(1));
        var second = JsonNode.Parse(await transport.NextSentAsync())!;

        // No ACK for the second heartbeat: at the third beat the connection is a zombie.
        time.Advance(TimeSpan.FromMilliseconds(10_000));
        await WaitUntilAsync(() => transport.ClosedWith is not null);

        Assert.Equal(2, identify["op"]!.GetValue<int>());
        Assert.Equal(2, answer["d"]!.GetValue<int>());
        Assert.Equal(1, first["op"]!.GetValue<int>());
        Assert.Equal(2, first["d"]!.GetValue<int>());
        Assert.Equal(1, second["op"]!.GetValue<int>());
        Assert.NotEqual(1000, transport.ClosedWith);
        Assert.NotEqual(1001, transport.ClosedWith);
        await client.StopAsync(CancellationToken.None);
    }

    /// <summary>
    /// Asks for a heartbeat (op 1) and returns the client's answer. The reader handles frames in order, so once the
    /// answer is back every frame scripted before the request has been handled: a barrier without sleeping.
    /// </summary>
    private static async Task<JsonNode> AnswerToHeartbeatRequestAsync(ScriptedTransport transport)
    {
        transport.Script("""{"op":1,"d":null}""");
        return JsonNode.Parse(await transport.NextSentAsync())!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
