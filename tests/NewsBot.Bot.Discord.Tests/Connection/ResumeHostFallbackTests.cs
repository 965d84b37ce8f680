using System.Text;
using NewsBot.Bot.Discord.Connection;

namespace NewsBot.Bot.Discord.Tests.Connection;

public sealed class ResumeHostFallbackTests
{
    // Discord.Net appends this query to every gateway URL it connects to.
    private const string Query = "?v=10&encoding=json&compress=zlib-stream";
    private const string Gateway = "wss://gateway.discord.gg/" + Query;
    private const string ResumeHost = "wss://gateway-us-east1-b.discord.gg/" + Query;
    private const string Resume = """{"op":6,"d":{"token":"t","session_id":"s","seq":41}}""";
    private const string Identify = """{"op":2,"d":{"token":"t","intents":4609}}""";

    private readonly RecordingWebSocket _inner = new();
    private readonly List<string> _fallbacks = [];
    private readonly List<string> _received = [];
    private readonly ResumeHostFallback _socket;

    public ResumeHostFallbackTests()
    {
        _socket = new ResumeHostFallback(_inner, _fallbacks.Add);
        _socket.TextMessage += text =>
        {
            _received.Add(text);
            return Task.CompletedTask;
        };
    }

    [Fact]
    public async Task After_three_failed_connections_to_the_resume_host_the_fourth_goes_to_the_gateway()
    {
        await _socket.ConnectAsync(Gateway);
        _inner.DeadHosts.Add("gateway-us-east1-b.discord.gg");

        await FailToConnectAsync(ResumeHost, times: 3);
        await _socket.ConnectAsync(ResumeHost);

        Assert.Equal([Gateway, ResumeHost, ResumeHost, ResumeHost, Gateway], _inner.Connects);
        Assert.Equal(["gateway-us-east1-b.discord.gg"], _fallbacks);
    }

    [Fact]
    public async Task When_the_gateway_also_fails_the_next_attempt_goes_to_the_gateway_again_not_to_the_dead_resume_host()
    {
        await _socket.ConnectAsync(Gateway);
        _inner.DeadHosts.Add("gateway-us-east1-b.discord.gg");
        await FailToConnectAsync(ResumeHost, times: 3);
        _inner.DeadHosts.Add("gateway.discord.gg");

        await Assert.ThrowsAnyAsync<Exception>(() => _socket.ConnectAsync(ResumeHost));
        _inner.DeadHosts.Remove("gateway.discord.gg");
        await _socket.ConnectAsync(ResumeHost);

        Assert.Equal([Gateway, ResumeHost, ResumeHost, ResumeHost, Gateway, Gateway], _inner.Connects);
    }

    [Fact]
    public async Task Two_failed_connections_to_the_resume_host_are_not_yet_enough_to_give_it_up()
    {
        await _socket.ConnectAsync(Gateway);
        _inner.DeadHosts.Add("gateway-us-east1-b.discord.gg");

        await FailToConnectAsync(ResumeHost, times: 2);
        await Assert.ThrowsAnyAsync<Exception>(() => _socket.ConnectAsync(ResumeHost));

        Assert.Equal(ResumeHost, _inner.Connects[^1]);
        Assert.Empty(_fallbacks);
    }

    [Fact]
    public async Task On_the_fallback_connection_the_resume_is_not_sent_and_the_library_hears_it_failed_then_identifies()
    {
        await _socket.ConnectAsync(Gateway);
        _inner.DeadHosts.Add("gateway-us-east1-b.discord.gg");
        await FailToConnectAsync(ResumeHost, times: 3);
        await _socket.ConnectAsync(ResumeHost);

        await SendAsync(Resume);
        await SendAsync(Identify);

        Assert.Equal([Identify], _inner.Sent);
        Assert.Equal(["""{"op":9,"d":false}"""], _received);
    }

    [Fact]
    public async Task A_resume_on_a_live_resume_host_is_sent_untouched()
    {
        await _socket.ConnectAsync(Gateway);
        await _socket.ConnectAsync(ResumeHost);

        await SendAsync(Resume);

        Assert.Equal([Resume], _inner.Sent);
        Assert.Empty(_received);
    }

    [Fact]
    public async Task A_successful_connection_to_the_resume_host_starts_the_count_again()
    {
        await _socket.ConnectAsync(Gateway);
        _inner.DeadHosts.Add("gateway-us-east1-b.discord.gg");
        await FailToConnectAsync(ResumeHost, times: 2);
        _inner.DeadHosts.Clear();
        await _socket.ConnectAsync(ResumeHost);
        _inner.DeadHosts.Add("gateway-us-east1-b.discord.gg");

        await FailToConnectAsync(ResumeHost, times: 2);
        await Assert.ThrowsAnyAsync<Exception>(() => _socket.ConnectAsync(ResumeHost));

        Assert.Equal(ResumeHost, _inner.Connects[^1]);
        Assert.Empty(_fallbacks);
    }

    [Fact]
    public async Task The_gateway_with_another_query_is_still_the_gateway_not_a_resume_host()
    {
        const string sameGatewayOtherQuery = "wss://gateway.discord.gg/?v=10&encoding=json";
        await _socket.ConnectAsync(Gateway);
        _inner.DeadHosts.Add("gateway.discord.gg");

        await FailToConnectAsync(sameGatewayOtherQuery, times: 3);
        await Assert.ThrowsAnyAsync<Exception>(() => _socket.ConnectAsync(sameGatewayOtherQuery));
        _inner.DeadHosts.Clear();
        await _socket.ConnectAsync(sameGatewayOtherQuery);
        await SendAsync(Resume);

        Assert.Equal(sameGatewayOtherQuery, _inner.Connects[^1]);
        Assert.Empty(_fallbacks);
        Assert.Equal([Resume], _inner.Sent);
    }

    [Fact]
    public async Task What_the_inner_socket_receives_and_its_close_reach_the_wrappers_events()
    {
        var binary = new List<byte[]>();
        var closes = new List<Exception>();
        _socket.BinaryMessage += (data, index, count) =>
        {
            binary.Add(data[index..(index + count)]);
            return Task.CompletedTask;
        };
        _socket.Closed += exception =>
        {
            closes.Add(exception);
            return Task.CompletedTask;
        };
        var closed = new InvalidOperationException("closed by the server");

        await _inner.ReceiveTextAsync("""{"op":10,"d":{"heartbeat_interval":41250}}""");
        await _inner.ReceiveBinaryAsync([1, 2, 3]);
        await _inner.CloseAsync(closed);

        Assert.Equal(["""{"op":10,"d":{"heartbeat_interval":41250}}"""], _received);
        Assert.Equal([1, 2, 3], Assert.Single(binary));
        Assert.Same(closed, Assert.Single(closes));
    }

    private async Task FailToConnectAsync(string host, int times)
    {
        for (var attempt = 0; attempt < times; attempt++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => _socket.ConnectAsync(host));
        }
    }

    private Task SendAsync(string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        return _socket.SendAsync(bytes, 0, bytes.Length, isText: true);
    }
}
