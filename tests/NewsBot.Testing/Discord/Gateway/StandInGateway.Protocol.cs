using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>The protocol side of the stand-in's gateway: each connection's Hello, receive loop and the opcodes it accepts.</summary>
public sealed partial class StandInGateway
{
    /// <summary>Runs one gateway connection until it ends.</summary>
    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        StandInGatewayConnection connection;
        lock (_gate)
        {
            connection = new StandInGatewayConnection(_connections.Count + 1, context, socket);
            _connections.Add(connection);
        }

        _log.RecordPath(context.Request.Path + context.Request.QueryString);
        try
        {
            await RunAsync(connection, context.Request.Query["v"].ToString()).ConfigureAwait(false);
        }
        finally
        {
            connection.Closed = true;
            if (connection.Session is { } session && session.Connection == connection)
            {
                session.Connection = null;
            }

            Pulse();
        }
    }

    private async Task RunAsync(StandInGatewayConnection connection, string version)
    {
        if (RejectConnectionsWithCode is int rejection)
        {
            await CloseConnectionAsync(connection, rejection, "rejected by the test").ConfigureAwait(false);
        }
        else if (version != "10")
        {
            await CloseConnectionAsync(connection, 4012, "Invalid API version").ConfigureAwait(false);
        }
        else
        {
            var hello = "{\"op\":10,\"d\":{\"heartbeat_interval\":" + ((int)HeartbeatInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "}}";
            await TrySendAsync(connection, hello).ConfigureAwait(false);
        }

        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            buffer.Clear();
            ValueWebSocketReceiveResult result;
            try
            {
                do
                {
                    result = await connection.Socket.ReceiveAsync(buffer.GetMemory(4096), connection.Receiving).ConfigureAwait(false);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
            {
                // Dropped by the client, or no close frame came back within the wait after the stand-in closed.
                _log.RecordClose(connection.Id, byClient: true, code: null);
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (connection.ClosedByServer)
                {
                    _log.RecordCloseAnswered(connection.Id);
                    return;
                }

                var code = (int?)connection.Socket.CloseStatus;
                _log.RecordClose(connection.Id, byClient: true, code);
                if (code is 1000 or 1001 && connection.Session is { } ended)
                {
                    Forget(ended);
                }

                await connection.CloseAsync(code ?? 1000, "bye", answering: true).ConfigureAwait(false);
                return;
            }

            if (connection.Closed)
            {
                // Discord reads nothing more once it has closed; it only waits for the client's close frame.
                continue;
            }

            var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
            await HandleAsync(connection, text, buffer.WrittenCount).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(StandInGatewayConnection connection, string text, int size)
    {
        JsonNode? payload = null;
        try
        {
            payload = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
        }

        var op = payload?["op"]?.GetValue<int>() ?? -1;
        _log.Record(connection.Id, FrameDirection.Received, text);
        if (size > MaxPayloadBytes || payload is null)
        {
            await CloseConnectionAsync(connection, 4002, "Error while decoding payload").ConfigureAwait(false);
            return;
        }

        if (EnforceSendRateLimit && OverSendLimit(connection))
        {
            await CloseConnectionAsync(connection, 4008, "Rate limited").ConfigureAwait(false);
            return;
        }

        var data = payload["d"];
        switch (op)
        {
            case 1:
                if (!WithholdHeartbeatAcks)
                {
                    await TrySendAsync(connection, """{"op":11,"d":null}""").ConfigureAwait(false);
                }

                break;
            case 2:
                await IdentifyAsync(connection, data).ConfigureAwait(false);
                break;
            case 6:
                await ResumeAsync(connection, data).ConfigureAwait(false);
                break;
            case 3 or 4 or 8 or 31 or 43:
                if (connection.Session is null)
                {
                    await CloseConnectionAsync(connection, 4003, "Not authenticated").ConfigureAwait(false);
                }

                break;
            default:
                await CloseConnectionAsync(connection, 4001, "Unknown opcode").ConfigureAwait(false);
                break;
        }
    }

    private bool OverSendLimit(StandInGatewayConnection connection)
    {
        var now = DateTimeOffset.UtcNow;
        var recent = connection.RecentReceives;
        lock (recent)
        {
            while (recent.Count > 0 && now - recent.Peek() > TimeSpan.FromSeconds(60))
            {
                recent.Dequeue();
            }

            recent.Enqueue(now);
            return recent.Count > 120;
        }
    }
}
