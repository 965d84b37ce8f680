namespace NewsBot.Discord.Gateway;

/// <summary>What a shard's reader and heartbeat share about one open connection.</summary>
internal sealed class GatewayConnectionState(IGatewayTransport transport, GatewayConnection connection, CancellationTokenSource scope)
{
    public IGatewayTransport Transport { get; } = transport;
    public GatewayConnection Connection { get; } = connection;
    public CancellationTokenSource Scope { get; } = scope;

    /// <summary>True until a heartbeat goes unanswered; starts true so the first heartbeat is sent.</summary>
    public volatile bool AckReceived = true;
    public volatile bool Zombie;

    /// <summary>True once READY or RESUMED arrived on this connection: the session works on it.</summary>
    public volatile bool Established;
    public volatile bool Stopping;

    /// <summary>Closes with 1000 (ends the session, the bot shows offline), then gives the server a moment to answer.</summary>
    public async Task CloseForStopAsync()
    {
        Stopping = true;
        try
        {
            await Transport.CloseAsync(1000, "shutting down", CancellationToken.None).ConfigureAwait(false);
            Scope.CancelAfter(TimeSpan.FromSeconds(2));
        }
        catch (ObjectDisposedException)
        {
            // The connection ended on its own meanwhile.
        }
    }
}
