using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>One client connection to the stand-in's gateway: its socket, the session it carries and its send lock.</summary>
internal sealed class StandInGatewayConnection
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly HttpContext _context;

    public StandInGatewayConnection(int id, HttpContext context, WebSocket socket)
    {
        Id = id;
        _context = context;
        Socket = socket;
    }

    public int Id { get; }
    public WebSocket Socket { get; }
    public StandInSession? Session { get; set; }
    public bool Closed { get; set; }

    /// <summary>Payloads received in the current send-rate window (Discord: 120 per 60 s).</summary>
    public Queue<DateTimeOffset> RecentReceives { get; } = new();

    public async Task SendAsync(string text)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            Closed = true;
            if (Socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            Drop();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection with no close frame, as a network failure would.</summary>
    public void Drop()
    {
        Closed = true;
        _context.Abort();
    }
}
