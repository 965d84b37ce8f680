using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>The protocol side of the stand-in's gateway: each connection's Hello, receive loop, Identify and Resume checks.</summary>
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

    private async Task IdentifyAsync(StandInGatewayConnection connection, JsonNode? data)
    {
        if (connection.Session is not null)
        {
            await CloseConnectionAsync(connection, 4005, "Already authenticated").ConfigureAwait(false);
            return;
        }

        if (data?["token"]?.GetValue<string>() != _token)
        {
            await CloseConnectionAsync(connection, 4004, "Authentication failed").ConfigureAwait(false);
            return;
        }

        var intents = data["intents"]?.GetValue<int>() ?? -1;
        if (intents < 0 || (intents & ~KnownIntents) != 0)
        {
            await CloseConnectionAsync(connection, 4013, "Invalid intent(s)").ConfigureAwait(false);
            return;
        }

        if ((intents & PrivilegedIntents & ~AllowedPrivilegedIntents) != 0)
        {
            await CloseConnectionAsync(connection, 4014, "Disallowed intent(s)").ConfigureAwait(false);
            return;
        }

        var shard = data["shard"]?.AsArray();
        var shardId = shard?[0]?.GetValue<int>() ?? 0;
        var shardCount = shard?[1]?.GetValue<int>() ?? 1;
        if (shardCount < 1 || shardId < 0 || shardId >= shardCount)
        {
            await CloseConnectionAsync(connection, 4010, "Invalid shard").ConfigureAwait(false);
            return;
        }

        if (RequiredShardCount is int required && shardCount < required)
        {
            await CloseConnectionAsync(connection, 4011, "Sharding required").ConfigureAwait(false);
            return;
        }

        var session = new StandInSession(Guid.NewGuid().ToString("N"), shardId, shardCount, intents);
        lock (_gate)
        {
            SessionStartsRemaining--;
            _sessions[session.Id] = session;
        }

        await session.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            connection.Session = session;
            session.Connection = connection;
            var guilds = Guilds.Where(g => (int)((g.Id >> 22) % (ulong)shardCount) == shardId).ToList();
            var ready = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = BotUserId.ToString(CultureInfo.InvariantCulture), ["username"] = "NewsBot", ["bot"] = true },
                ["guilds"] = new JsonArray([.. guilds.Select(g => (JsonNode)new JsonObject { ["id"] = g.Id.ToString(CultureInfo.InvariantCulture), ["unavailable"] = true })]),
                ["session_id"] = session.Id,
                ["resume_gateway_url"] = ResumeGatewayUrl.AbsoluteUri.TrimEnd('/'),
                ["shard"] = new JsonArray(shardId, shardCount),
                ["application"] = new JsonObject { ["id"] = ApplicationId.ToString(CultureInfo.InvariantCulture), ["flags"] = 0 },
            };
            await TrySendAsync(connection, session.Append("READY", ready.ToJsonString()).Frame).ConfigureAwait(false);
            foreach (var guild in guilds)
            {
                var json = new JsonObject { ["id"] = guild.Id.ToString(CultureInfo.InvariantCulture), ["name"] = guild.Name, ["unavailable"] = false }.ToJsonString();
                await TrySendAsync(connection, session.Append("GUILD_CREATE", json).Frame).ConfigureAwait(false);
            }
        }
        finally
        {
            session.Gate.Release();
        }

        Pulse();
    }

    private async Task ResumeAsync(StandInGatewayConnection connection, JsonNode? data)
    {
        if (data?["token"]?.GetValue<string>() != _token)
        {
            await CloseConnectionAsync(connection, 4004, "Authentication failed").ConfigureAwait(false);
            return;
        }

        StandInSession? session;
        lock (_gate)
        {
            _sessions.TryGetValue(data["session_id"]?.GetValue<string>() ?? string.Empty, out session);
        }

        if (session is null)
        {
            await TrySendAsync(connection, """{"op":9,"d":false}""").ConfigureAwait(false);
            return;
        }

        if (RefuseResumesWithCode is int refusal)
        {
            await CloseConnectionAsync(connection, refusal, "resume refused by the test").ConfigureAwait(false);
            return;
        }

        var sequence = data["seq"]?.GetValue<int>() ?? 0;
        await session.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (sequence > session.Sequence)
            {
                await CloseConnectionAsync(connection, 4007, "Invalid seq").ConfigureAwait(false);
                return;
            }

            session.Connection?.Drop();
            connection.Session = session;
            session.Connection = connection;
            foreach (var (_, frame) in session.After(sequence))
            {
                await TrySendAsync(connection, frame).ConfigureAwait(false);
            }

            await TrySendAsync(connection, session.Append("RESUMED", "{}").Frame).ConfigureAwait(false);
        }
        finally
        {
            session.Gate.Release();
        }

        Pulse();
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
