using System.Text;
using System.Threading.Channels;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>A gateway transport driven by the test: it receives what the test scripts and records what the client sends.</summary>
internal sealed class ScriptedTransport : IGatewayTransport, IGatewayTransportFactory
{
    private readonly Channel<GatewayReceiveResult> _incoming = Channel.CreateUnbounded<GatewayReceiveResult>();
    private readonly Channel<string> _sent = Channel.CreateUnbounded<string>();

    public int? ClosedWith { get; private set; }

    public IGatewayTransport Create() => this;

    public void Script(string json) => _incoming.Writer.TryWrite(GatewayReceiveResult.FromMessage(Encoding.UTF8.GetBytes(json)));

    /// <summary>The next payload the client sent, waiting for it if need be.</summary>
    public async Task<string> NextSentAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _sent.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTakeSent(out string? json) => _sent.Reader.TryRead(out json);

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        _sent.Writer.TryWrite(Encoding.UTF8.GetString(utf8Json.Span));
        return ValueTask.CompletedTask;
    }

    public ValueTask<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken) => _incoming.Reader.ReadAsync(cancellationToken);

    public Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken)
    {
        ClosedWith ??= closeCode;
        _incoming.Writer.TryWrite(GatewayReceiveResult.FromClose(closeCode, reason));
        return Task.CompletedTask;
    }

    public void Abort() => _incoming.Writer.TryWrite(GatewayReceiveResult.FromClose(null, null));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>A fixed <c>GET /gateway/bot</c> answer.</summary>
internal sealed class FixedGatewayInfo : IGatewayInfoSource
{
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) => Task.FromResult(new GatewayBotInfo
    {
        Url = "wss://gateway.invalid",
        SessionStartLimit = new SessionStartLimit { Total = 1000, Remaining = 1000, ResetAfter = 0, MaxConcurrency = 1 },
    });
}
