using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// One shard: a session with the gateway kept alive across connections. The reader, the heartbeat and the delivery
/// of dispatches to handlers run as separate loops, so a slow handler never delays a heartbeat, while the queue
/// between reader and delivery keeps every event exactly once and in order, across resumes too.
/// </summary>
internal sealed partial class GatewayShard
{
    private readonly int _shardId;
    private readonly int _shardCount;
    private readonly string _token;
    private readonly int _intents;
    private readonly GatewaySettings _settings;
    private readonly Func<bool, CancellationToken, Task<Uri>> _gatewayUrl;
    private readonly IdentifyLimiter _identifyLimiter;
    private readonly IGatewayTransportFactory _transports;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly GatewayHandlers _handlers;
    private readonly ILogger _logger;
    private readonly ReconnectBackoff _backoff;
    private readonly Channel<GatewayDispatch> _dispatches = Channel.CreateUnbounded<GatewayDispatch>(new() { SingleReader = true, SingleWriter = true });

    private string? _sessionId;
    private Uri? _resumeUrl;
    private int _sequence = -1;
    private volatile GatewayConnection? _current;

    public GatewayShard(
        int shardId,
        int shardCount,
        string token,
        int intents,
        GatewaySettings settings,
        Func<bool, CancellationToken, Task<Uri>> gatewayUrl,
        IdentifyLimiter identifyLimiter,
        IGatewayTransportFactory transports,
        TimeProvider time,
        Random random,
        GatewayHandlers handlers,
        ILogger logger)
    {
        _shardId = shardId;
        _shardCount = shardCount;
        _token = token;
        _intents = intents;
        _settings = settings;
        _gatewayUrl = gatewayUrl;
        _identifyLimiter = identifyLimiter;
        _transports = transports;
        _time = time;
        _random = random;
        _handlers = handlers;
        _logger = logger;
        _backoff = new ReconnectBackoff(settings.InitialBackoff, settings.MaxBackoff, random);
    }

    public int ShardId => _shardId;

    /// <summary>Raised with each delay chosen before a new connection attempt (lets tests read the backoff).</summary>
    public event Action<int, TimeSpan>? ReconnectScheduled;

    private int? Sequence => Volatile.Read(ref _sequence) is var s && s >= 0 ? s : null;

    /// <summary>Sends a command on the current connection.</summary>
    /// <exception cref="GatewayPayloadTooLargeException">Over 4,096 bytes; checked before anything is sent.</exception>
    /// <exception cref="InvalidOperationException">The shard has no open connection.</exception>
    public async Task SendAsync<T>(GatewayOpCode op, T data, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        GatewayConnection.Serialize(op, data, typeInfo);
        var connection = _current ?? throw new InvalidOperationException($"Shard {_shardId} is not connected to the gateway; try again after it reconnects.");
        try
        {
            await connection.SendAsync(op, data, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or System.Net.WebSockets.WebSocketException)
        {
            throw new InvalidOperationException($"Shard {_shardId} lost its connection while sending; try again after it reconnects.", ex);
        }
    }

    /// <summary>Runs the shard until <paramref name="stop"/> is cancelled (then closes with 1000) or a fatal condition.</summary>
    /// <exception cref="DiscordGatewayException">Discord refused the token, shard, version or intents.</exception>
    public async Task RunAsync(CancellationToken stop)
    {
        var delivery = DeliverDispatchesAsync(stop);
        try
        {
            await ConnectLoopAsync(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            _dispatches.Writer.TryComplete();
            await delivery.ConfigureAwait(false);
        }
    }

    private async Task ConnectLoopAsync(CancellationToken stop)
    {
        var refreshGatewayUrl = false;
        while (true)
        {
            stop.ThrowIfCancellationRequested();
            var resume = _sessionId is not null && _resumeUrl is not null;
            Uri? baseUrl = resume ? _resumeUrl : null;
            if (baseUrl is null)
            {
                try
                {
                    baseUrl = await _gatewayUrl(refreshGatewayUrl, stop).ConfigureAwait(false);
                }
                catch (DiscordGatewayException ex)
                {
                    Log.Fatal(_logger, _shardId, ex.Message);
                    throw;
                }
                catch (Exception ex) when (ex is HttpRequestException or JsonException or UriFormatException
                    || (ex is TaskCanceledException && !stop.IsCancellationRequested))
                {
                    Log.GatewayInfoFailed(_logger, _shardId, ex);
                    await WaitBeforeNextAttemptAsync(stop).ConfigureAwait(false);
                    continue;
                }
            }

            Outcome outcome;
            try
            {
                outcome = await RunConnectionAsync(baseUrl, resume, stop).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
            {
                // A loop that keeps the bot online ends only on stop or a fatal close; anything else is retried.
                Log.ConnectionFailed(_logger, _shardId, ex);
                outcome = new Outcome(OutcomeKind.Resume);
            }

            switch (outcome.Kind)
            {
                case OutcomeKind.Stopped:
                    return;
                case OutcomeKind.Fatal:
                    var reason = GatewayCloseCodes.DescribeFatal(outcome.CloseCode!.Value, _intents, _shardId, _shardCount);
                    Log.Fatal(_logger, _shardId, reason);
                    throw new DiscordGatewayException(reason, outcome.CloseCode, _shardId);
                case OutcomeKind.Identify:
                    _sessionId = null;
                    _resumeUrl = null;
                    Volatile.Write(ref _sequence, -1);
                    break;
                case OutcomeKind.ConnectFailed:
                    // Discord: fetch the gateway URL again only when connecting with it fails.
                    refreshGatewayUrl = !resume;
                    break;
            }

            if (outcome.Kind != OutcomeKind.ConnectFailed)
            {
                refreshGatewayUrl = false;
            }

            if (outcome.Established)
            {
                _backoff.Reset();
            }

            await WaitBeforeNextAttemptAsync(stop).ConfigureAwait(false);
        }
    }

    private async Task WaitBeforeNextAttemptAsync(CancellationToken stop)
    {
        var failures = _backoff.Failures;
        var delay = _backoff.NextDelay();
        Log.ReconnectScheduled(_logger, _shardId, delay, failures);
        var wait = Task.Delay(delay, _time, stop);
        ReconnectScheduled?.Invoke(_shardId, delay);
        await wait.ConfigureAwait(false);
    }

    private async Task<Outcome> RunConnectionAsync(Uri baseUrl, bool resume, CancellationToken stop)
    {
        var uri = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/?v=10&encoding=json");
        Log.Connecting(_logger, _shardId, uri, resume ? "resume" : "identify");
        await using var transport = _transports.Create();
        try
        {
            await transport.ConnectAsync(uri, stop).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stop.IsCancellationRequested)
        {
            Log.ConnectFailed(_logger, _shardId, uri, ex);
            return new Outcome(OutcomeKind.ConnectFailed);
        }

        // Not linked to stop: cancelling a WebSocket receive aborts the socket, and stopping must close it with 1000 first.
        using var connectionScope = new CancellationTokenSource();
        var state = new ConnectionState(transport, new GatewayConnection(transport, new SendRateLimiter(_settings.SendLimit, _settings.SendWindow, _time)), connectionScope);
        using var stopping = stop.UnsafeRegister(static s => _ = ((ConnectionState)s!).CloseForStopAsync(), state);
        Task heartbeat = Task.CompletedTask;
        try
        {
            var outcome = await ReadAsync(state, resume, started => heartbeat = started).ConfigureAwait(false);
            return stop.IsCancellationRequested ? Stopped() : outcome;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return Stopped();
        }
        catch (OperationCanceledException) when (state.Zombie)
        {
            return new Outcome(OutcomeKind.Resume, state.Established);
        }
        finally
        {
            _current = null;
            await connectionScope.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    private Outcome Stopped()
    {
        Log.Stopped(_logger, _shardId);
        return new Outcome(OutcomeKind.Stopped);
    }

    private async Task<Outcome> ReadAsync(ConnectionState state, bool resume, Action<Task> heartbeatStarted)
    {
        var token = state.Scope.Token;
        while (true)
        {
            var received = await state.Transport.ReceiveAsync(token).ConfigureAwait(false);
            if (received.Closed)
            {
                if (state.Stopping)
                {
                    return new Outcome(OutcomeKind.Stopped);
                }

                token.ThrowIfCancellationRequested();
                return Classify(received, state);
            }

            GatewayPayload? payload;
            try
            {
                payload = JsonSerializer.Deserialize(received.Message, GatewayJsonContext.Default.GatewayPayload);
            }
            catch (JsonException ex)
            {
                Log.MalformedFrame(_logger, _shardId, ex);
                continue;
            }

            if (payload is null)
            {
                continue;
            }

            switch ((GatewayOpCode)payload.Op)
            {
                case GatewayOpCode.Hello:
                    var hello = payload.D.Deserialize(GatewayJsonContext.Default.HelloData)!;
                    var interval = TimeSpan.FromMilliseconds(hello.HeartbeatInterval);
                    state.Connection.RateLimiter.ReserveForHeartbeats(interval);
                    heartbeatStarted(HeartbeatAsync(state, interval));
                    _current = state.Connection;
                    if (resume)
                    {
                        Log.Resuming(_logger, _shardId, _sessionId!, Sequence);
                        await state.Connection.SendAsync(
                            GatewayOpCode.Resume,
                            new ResumeData { Token = _token, SessionId = _sessionId!, Seq = Sequence },
                            GatewayJsonContext.Default.ResumeData,
                            token).ConfigureAwait(false);
                    }
                    else
                    {
                        var waited = await _identifyLimiter.WaitForTurnAsync(_shardId, token).ConfigureAwait(false);
                        if (waited >= TimeSpan.FromMilliseconds(100))
                        {
                            Log.IdentifyWaited(_logger, _shardId, waited);
                        }

                        Log.Identifying(_logger, _shardId, _shardCount, _intents);
                        await state.Connection.SendAsync(GatewayOpCode.Identify, CreateIdentify(), GatewayJsonContext.Default.IdentifyData, token).ConfigureAwait(false);
                    }

                    break;
                case GatewayOpCode.Heartbeat:
                    await state.Connection.SendHeartbeatAsync(Sequence, token).ConfigureAwait(false);
                    break;
                case GatewayOpCode.HeartbeatAck:
                    state.AckReceived = true;
                    break;
                case GatewayOpCode.Reconnect:
                    Log.ReconnectRequested(_logger, _shardId);
                    await state.Transport.CloseAsync(GatewayCloseCodes.KeepSession, "reconnect requested", token).ConfigureAwait(false);
                    return new Outcome(OutcomeKind.Resume, state.Established);
                case GatewayOpCode.InvalidSession:
                    var resumable = payload.D.ValueKind == JsonValueKind.True;
                    Log.InvalidSession(_logger, _shardId, resumable);
                    await state.Transport.CloseAsync(GatewayCloseCodes.KeepSession, "invalid session", token).ConfigureAwait(false);
                    return new Outcome(resumable && _sessionId is not null ? OutcomeKind.Resume : OutcomeKind.Identify, state.Established);
                case GatewayOpCode.Dispatch when payload.T is not null && payload.S is int sequence:
                    // The sequence and the queue move together, even when the connection is being torn down: a
                    // dispatch counted in the sequence (and so never replayed) must reach the handlers.
                    Volatile.Write(ref _sequence, sequence);
                    OnSessionDispatch(payload, state);
                    _dispatches.Writer.TryWrite(new GatewayDispatch(_shardId, payload.T, sequence, payload.D));
                    break;
            }
        }
    }

    private void OnSessionDispatch(GatewayPayload payload, ConnectionState state)
    {
        if (payload.T == "READY")
        {
            try
            {
                var ready = payload.D.Deserialize(GatewayJsonContext.Default.ReadyData)!;
                _sessionId = ready.SessionId;
                _resumeUrl = new Uri(ready.ResumeGatewayUrl);
                state.Established = true;
                Log.Ready(_logger, _shardId, ready.User.Username ?? string.Empty, ready.User.Id.Value, ready.SessionId, ready.Guilds?.Count ?? 0);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or UriFormatException or NullReferenceException)
            {
                Log.DispatchParseFailed(_logger, _shardId, "READY", payload.S ?? 0, ex);
            }
        }
        else if (payload.T == "RESUMED")
        {
            state.Established = true;
            Log.Resumed(_logger, _shardId, Sequence);
        }
    }

    private Outcome Classify(GatewayReceiveResult received, ConnectionState state)
    {
        if (received.CloseCode is not int code)
        {
            Log.Dropped(_logger, _shardId);
            return new Outcome(OutcomeKind.Resume, state.Established);
        }

        Log.Closed(_logger, _shardId, code, received.CloseReason);
        if (GatewayCloseCodes.IsFatal(code))
        {
            return new Outcome(OutcomeKind.Fatal, state.Established, code);
        }

        return new Outcome(GatewayCloseCodes.EndsSession(code) ? OutcomeKind.Identify : OutcomeKind.Resume, state.Established);
    }

    private IdentifyData CreateIdentify() => new()
    {
        Token = _token,
        Intents = _intents,
        Properties = new IdentifyProperties
        {
            Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux",
            Browser = _settings.LibraryName,
            Device = _settings.LibraryName,
        },
        Shard = [_shardId, _shardCount],
    };

    private async Task DeliverDispatchesAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var dispatch in _dispatches.Reader.ReadAllAsync(stop).ConfigureAwait(false))
            {
                await _handlers.DeliverAsync(dispatch, _logger, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private enum OutcomeKind
    {
        Resume,
        Identify,
        Fatal,
        ConnectFailed,
        Stopped,
    }

    private readonly record struct Outcome(OutcomeKind Kind, bool Established = false, int? CloseCode = null);
}
