namespace NewsBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway, narrowed to what the shard needs, so tests can script a transport
/// and the shard never touches <see cref="System.Net.WebSockets.ClientWebSocket"/> directly.
/// </summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one whole text message. Callers serialise sends; the transport does not.</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    /// <summary>Receives one whole text message, or the close that ended the connection.</summary>
    ValueTask<GatewayReceiveResult> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends a close frame with <paramref name="closeCode"/> and waits briefly for the server's answer.</summary>
    Task CloseAsync(int closeCode, string reason, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once, without a close handshake.</summary>
    void Abort();
}

/// <summary>Creates a fresh transport for each connection attempt.</summary>
internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}

/// <summary>What a receive produced: a message, or the end of the connection with the server's close code if it sent one.</summary>
internal readonly record struct GatewayReceiveResult(byte[]? Message, bool Closed, int? CloseCode, string? CloseReason)
{
    public static GatewayReceiveResult FromMessage(byte[] message) => new(message, false, null, null);

    public static GatewayReceiveResult FromClose(int? closeCode, string? reason) => new(null, true, closeCode, reason);
}
