using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>
/// The stand-in's gateway, behaving as Discord's does (Hello, Identify and Resume checked, READY, sequence numbers,
/// replay on Resume, heartbeat ACKs, close codes) and driven by tests: they send dispatches, op 7 and op 9, close
/// or drop connections, withhold ACKs, read the log of every payload and await conditions instead of sleeping.
/// </summary>
public sealed partial class StandInGateway
{
    private const int MaxPayloadBytes = 4096;
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private const int KnownIntents = (1 << 26) - 1;

    private readonly object _gate = new();
    private readonly string _token;
    private readonly Func<Uri> _baseAddress;
    private readonly Func<Uri> _resumeAddress;
    private readonly StandInGatewayLog _log = new();
    private readonly List<StandInGatewayConnection> _connections = [];
    private readonly Dictionary<string, StandInSession> _sessions = [];
    private int _gatewayBotRequests;

    internal StandInGateway(string token, Func<Uri> baseAddress, Func<Uri> resumeAddress)
    {
        _token = token;
        _baseAddress = baseAddress;
        _resumeAddress = resumeAddress;
    }

    /// <summary>The interval sent in Hello. Default 1 s (Discord's is about 41 s).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>When true, heartbeats get no ACK (op 11), so the client should find the connection a zombie.</summary>
    public bool WithholdHeartbeatAcks { get; set; }

    /// <summary>Privileged intents enabled "in the Developer Portal"; requesting any other privileged bit closes with 4014. Default none.</summary>
    public int AllowedPrivilegedIntents { get; set; }

    /// <summary>When set, an Identify with fewer shards closes with 4011 (sharding required).</summary>
    public int? RequiredShardCount { get; set; }

    /// <summary>When set, every new connection is closed with this code right away, before Hello.</summary>
    public int? RejectConnectionsWithCode { get; set; }

    /// <summary>When set, every Resume is answered by closing the connection with this code (a gateway that keeps refusing the session).</summary>
    public int? RefuseResumesWithCode { get; set; }

    /// <summary>Whether more than 120 payloads from the client in 60 s close the connection with 4008, as on Discord. Default true.</summary>
    public bool EnforceSendRateLimit { get; set; } = true;

    /// <summary><c>session_start_limit.max_concurrency</c> of <c>GET /gateway/bot</c>. Default 1.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary><c>session_start_limit.remaining</c>; each Identify takes one. Default 1000.</summary>
    public int SessionStartsRemaining { get; set; } = 1000;

    /// <summary><c>shards</c> of <c>GET /gateway/bot</c>. Default 1.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>Guilds announced with GUILD_CREATE after READY (each on the shard its id maps to).</summary>
    public List<StandInGuild> Guilds { get; } = [];

    /// <summary>The bot user id sent in READY.</summary>
    public ulong BotUserId { get; set; } = 1100000000000000001;

    /// <summary>The application id sent in READY.</summary>
    public ulong ApplicationId { get; set; } = 1100000000000000002;

    /// <summary>The URL <c>GET /gateway/bot</c> names.</summary>
    public Uri GatewayUrl => ToWebSocket("/gateway");

    /// <summary>The <c>resume_gateway_url</c> sent in READY: another listener and path, so tests see which one a client used.</summary>
    public Uri ResumeGatewayUrl => new UriBuilder(_resumeAddress()) { Scheme = "ws", Path = "/resume-gateway" }.Uri;

    /// <summary>Every payload received and sent, in order.</summary>
    public IReadOnlyList<StandInGatewayFrame> Frames => _log.Frames;

    /// <summary>Every connection end, in order.</summary>
    public IReadOnlyList<StandInGatewayClose> Closes => _log.Closes;

    /// <summary>The request path (with query) of each connection, in order.</summary>
    public IReadOnlyList<string> ConnectionPaths => _log.ConnectionPaths;

    /// <summary>How many times <c>GET /gateway/bot</c> was answered.</summary>
    public int GatewayBotRequests { get { lock (_gate) { return _gatewayBotRequests; } } }

    /// <summary>The <c>d</c> of every Identify received, in order.</summary>
    public IReadOnlyList<JsonNode> Identifies => _log.ReceivedData(2);

    /// <summary>The <c>d</c> of every Resume received, in order.</summary>
    public IReadOnlyList<JsonNode> Resumes => _log.ReceivedData(6);

    /// <summary>The <c>d</c> of every Presence Update (op 3) received, in order.</summary>
    public IReadOnlyList<JsonNode> PresenceUpdates => _log.ReceivedData(3);

    /// <summary>Heartbeats received (op 1).</summary>
    public int HeartbeatCount => Frames.Count(f => f.Direction == FrameDirection.Received && f.Op == 1);

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking whenever the gateway's state changes.</summary>
    /// <exception cref="TimeoutException">It did not hold within <paramref name="timeout"/> (default 60 s); names <paramref name="what"/>.</exception>
    public Task WaitUntilAsync(Func<StandInGateway, bool> condition, string what, TimeSpan? timeout = null)
        => _log.WaitUntilAsync(() => condition(this), $"The stand-in gateway waited in vain for: {what}.", timeout);

    public Task WaitForIdentifiesAsync(int count) => WaitUntilAsync(g => g.Identifies.Count >= count, $"{count} identify(s)");

    public Task WaitForResumesAsync(int count) => WaitUntilAsync(g => g.Resumes.Count >= count, $"{count} resume(s)");

    public Task WaitForHeartbeatsAsync(int count) => WaitUntilAsync(g => g.HeartbeatCount >= count, $"{count} heartbeat(s)");

    /// <summary>Waits until <paramref name="count"/> dispatches named <paramref name="eventName"/> were sent (replays count too).</summary>
    public Task WaitForSentDispatchesAsync(string eventName, int count)
        => WaitUntilAsync(g => g.Frames.Count(f => f.Direction == FrameDirection.Sent && f.EventName == eventName) >= count, $"{count} {eventName} dispatch(es) sent");

    /// <summary>Waits until <paramref name="count"/> connections have ended.</summary>
    public Task WaitForClosesAsync(int count) => WaitUntilAsync(g => g.Closes.Count >= count, $"{count} connection end(s)");

    /// <summary>Waits until shard <paramref name="shardId"/> has a session with an open connection (after READY or RESUMED).</summary>
    public Task WaitForLiveSessionAsync(int shardId = 0)
        => WaitUntilAsync(g => g.LiveSession(shardId) is not null, $"a live session on shard {shardId}");

    /// <summary>
    /// Sends a dispatch in shard <paramref name="shardId"/>'s latest session: numbered, kept for replay, and sent at
    /// once if the session has a connection. Returns its sequence number. Messages follow the MESSAGE_CONTENT rule.
    /// </summary>
    public async Task<int> DispatchAsync(string eventName, string dataJson, int shardId = 0)
    {
        var session = LatestSession(shardId) ?? throw new InvalidOperationException($"Shard {shardId} has no session to dispatch in.");
        await session.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var (sequence, frame) = session.Append(eventName, StandInMessageContent.Apply(eventName, dataJson, session.Intents, BotUserId));
            if (session.Connection is { Closed: false } connection)
            {
                await TrySendAsync(connection, frame).ConfigureAwait(false);
            }

            return sequence;
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>Sends <paramref name="text"/> as it is on shard <paramref name="shardId"/>'s connection (for malformed frames).</summary>
    public Task SendRawAsync(string text, int shardId = 0) => TrySendAsync(RequireConnection(shardId), text);

    /// <summary>Sends op 7 Reconnect.</summary>
    public Task SendReconnectAsync(int shardId = 0) => TrySendAsync(RequireConnection(shardId), """{"op":7,"d":null}""");

    /// <summary>Sends op 9 Invalid Session; with <paramref name="resumable"/> false the session is forgotten, as on Discord.</summary>
    public Task SendInvalidSessionAsync(bool resumable, int shardId = 0)
    {
        var connection = RequireConnection(shardId);
        if (!resumable && connection.Session is { } session)
        {
            Forget(session);
        }

        return TrySendAsync(connection, resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");
    }

    /// <summary>
    /// Closes shard <paramref name="shardId"/>'s connection with <paramref name="code"/>. 1000, 4003, 4007 and 4009
    /// also end the session, so a Resume after them gets op 9 with <c>d: false</c>: the close-code table says 4007 and
    /// 4009 need a new session and that 4003 means "this session has been invalidated" (docs, "Opcodes and Status
    /// Codes" &gt; "Gateway Close Event Codes"), and discord.js reconnects afresh after a 1000 from Discord ("Got
    /// disconnected by Discord", <c>WebSocketShard.ts</c> <c>onClose</c>). Other codes, 1001 included, keep the session.
    /// </summary>
    public async Task CloseAsync(int code, int shardId = 0)
    {
        var connection = RequireConnection(shardId);
        if (code is 1000 or 4003 or 4007 or 4009 && connection.Session is { } session)
        {
            Forget(session);
        }

        await CloseConnectionAsync(connection, code, "closed by the test").ConfigureAwait(false);
    }

    /// <summary>Drops shard <paramref name="shardId"/>'s TCP connection abruptly, with no close frame.</summary>
    public void Drop(int shardId = 0)
    {
        var connection = RequireConnection(shardId);
        _log.RecordClose(connection.Id, byClient: false, code: null);
        connection.Drop();
    }

    /// <summary>Answers <c>GET /api/v10/gateway/bot</c>: 401 for a wrong token, else the URL and the session start limit.</summary>
    internal IResult GatewayBot(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() != "Bot " + _token)
        {
            return Results.Json(new { message = "401: Unauthorized", code = 0 }, statusCode: 401);
        }

        lock (_gate)
        {
            _gatewayBotRequests++;
        }

        Pulse();
        return Results.Json(new
        {
            url = GatewayUrl.AbsoluteUri.TrimEnd('/'),
            shards = RecommendedShards,
            session_start_limit = new { total = 1000, remaining = SessionStartsRemaining, reset_after = 3_600_000, max_concurrency = MaxConcurrency },
        });
    }

    private async Task TrySendAsync(StandInGatewayConnection connection, string text)
    {
        if (connection.Closed)
        {
            return;
        }

        try
        {
            await connection.SendAsync(text).ConfigureAwait(false);
            _log.Record(connection.Id, FrameDirection.Sent, text);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The client is gone; a dispatch stays in the session's buffer for a Resume.
        }
    }

    private async Task CloseConnectionAsync(StandInGatewayConnection connection, int code, string reason)
    {
        _log.RecordClose(connection.Id, byClient: false, code);
        await connection.CloseAsync(code, reason).ConfigureAwait(false);
    }

    private void Forget(StandInSession session)
    {
        lock (_gate)
        {
            _sessions.Remove(session.Id);
        }
    }

    private StandInSession? LatestSession(int shardId)
    {
        lock (_gate)
        {
            return _sessions.Values.LastOrDefault(s => s.ShardId == shardId);
        }
    }

    private StandInSession? LiveSession(int shardId)
    {
        lock (_gate)
        {
            return _sessions.Values.LastOrDefault(s => s.ShardId == shardId && s.Connection is { Closed: false });
        }
    }

    private StandInGatewayConnection RequireConnection(int shardId)
    {
        lock (_gate)
        {
            return _connections.LastOrDefault(c => !c.Closed && c.Session?.ShardId == shardId)
                ?? _connections.LastOrDefault(c => !c.Closed && c.Session is null)
                ?? throw new InvalidOperationException($"No open gateway connection for shard {shardId}.");
        }
    }

    private void Pulse() => _log.Pulse();

    private Uri ToWebSocket(string path)
    {
        var builder = new UriBuilder(_baseAddress()) { Scheme = "ws", Path = path };
        return builder.Uri;
    }
}
