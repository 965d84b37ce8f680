using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Discord.Gateway;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>
/// The stand-in's gateway itself, spoken to frame by frame: which of its own closes end the session, as Discord's
/// do. A client test proves nothing if the stand-in accepts a resume that Discord would refuse.
/// </summary>
public sealed class StandInGatewaySessionTests
{
    [Theory]
    [InlineData(1000)]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task A_resume_after_a_close_that_ends_the_session_is_answered_with_an_invalid_session_that_cannot_be_resumed(int closeCode)
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        var (sessionId, sequence) = await IdentifyAndCloseAsync(standIn, closeCode);

        var answer = await ResumeAsync(standIn, sessionId, sequence);

        Assert.Equal(9, answer["op"]!.GetValue<int>());
        Assert.False(answer["d"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(4000)]
    public async Task A_resume_after_a_close_that_keeps_the_session_is_answered_with_resumed(int closeCode)
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        var (sessionId, sequence) = await IdentifyAndCloseAsync(standIn, closeCode);

        var answer = await ResumeAsync(standIn, sessionId, sequence);

        Assert.Equal("RESUMED", answer["t"]?.GetValue<string>());
    }

    /// <summary>Identifies on the gateway URL, reads READY, then has the stand-in close that connection with <paramref name="closeCode"/>.</summary>
    private static async Task<(string SessionId, int Sequence)> IdentifyAndCloseAsync(DiscordStandIn standIn, int closeCode)
    {
        await using var transport = new WebSocketGatewayTransport();
        await transport.ConnectAsync(new Uri(standIn.Gateway.GatewayUrl, "?v=10&encoding=json"), CancellationToken.None);
        await ReceiveAsync(transport, op: 10);
        await SendAsync(transport, new JsonObject
        {
            ["op"] = 2,
            ["d"] = new JsonObject
            {
                ["token"] = standIn.Token,
                ["intents"] = 0,
                ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "test", ["device"] = "test" },
            },
        });
        var ready = await ReceiveAsync(transport, op: 0);
        Assert.Equal("READY", ready["t"]!.GetValue<string>());

        await standIn.Gateway.CloseAsync(closeCode);
        var closed = await transport.ReceiveAsync(CancellationToken.None);
        Assert.Equal(closeCode, closed.CloseCode);
        return (ready["d"]!["session_id"]!.GetValue<string>(), ready["s"]!.GetValue<int>());
    }

    /// <summary>Resumes on <c>resume_gateway_url</c> and returns the first frame after Hello.</summary>
    private static async Task<JsonNode> ResumeAsync(DiscordStandIn standIn, string sessionId, int sequence)
    {
        await using var transport = new WebSocketGatewayTransport();
        await transport.ConnectAsync(new Uri(standIn.Gateway.ResumeGatewayUrl, "?v=10&encoding=json"), CancellationToken.None);
        await ReceiveAsync(transport, op: 10);
        await SendAsync(transport, new JsonObject
        {
            ["op"] = 6,
            ["d"] = new JsonObject { ["token"] = standIn.Token, ["session_id"] = sessionId, ["seq"] = sequence },
        });
        return await ReceiveAsync(transport, op: null);
    }

    private static ValueTask SendAsync(WebSocketGatewayTransport transport, JsonObject payload)
        => transport.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), CancellationToken.None);

    /// <summary>The next frame (of opcode <paramref name="op"/> when given); fails if the connection ends first.</summary>
    private static async Task<JsonNode> ReceiveAsync(WebSocketGatewayTransport transport, int? op)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var received = await transport.ReceiveAsync(patience.Token);
            Assert.False(received.Closed, $"the stand-in closed the connection ({received.CloseCode}) where a frame was expected");
            var frame = JsonNode.Parse(received.Message)!;
            if (op is null || frame["op"]!.GetValue<int>() == op)
            {
                return frame;
            }
        }
    }
}
