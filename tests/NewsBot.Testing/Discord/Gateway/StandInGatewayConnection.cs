using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>One client connection to the stand-in's gateway: its socket, the session it carries and its send lock.</summary>
internal sealed class StandInGatewayConnection
{
    // How long the stand-in waits for the client's close frame after closing, as a server would before dropping.
    private static readonly TimeSpan CloseAnswerWait = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _receiving = new();
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

    /// <summary>True once the stand-in sent a close frame of its own (not as the answer to the client's).</summary>
    public bool ClosedByServer { get; private set; }

    /// <summary>Cancels the receive loop when the client never answers a close.</summary>
    public CancellationToken Receiving => _receiving.Token;

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

    /// <summary>Sends a close frame; unless <paramref name="answering"/> the client's, waits a while for the client's answer.</summary>
    public async Task CloseAsync(int code, string reason, bool answering = false)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            Closed = true;
            if (!answering)
            {
                ClosedByServer = true;
                _receiving.CancelAfter(CloseAnswerWait);
            }

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
