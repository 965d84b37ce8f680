using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>The reading side of a shard: what each received payload and each close means for the session.</summary>
internal sealed partial class GatewayShard
{
    private async Task<Outcome> ReadAsync(GatewayConnectionState state, bool resume, Action<Task> heartbeatStarted)
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
                    await SendIdentifyOrResumeAsync(state.Connection, resume, token).ConfigureAwait(false);
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
                    var established = OnSessionDispatch(payload, state);
                    _dispatches.Writer.TryWrite(new GatewayDispatch(_shardId, payload.T, sequence, payload.D));
                    if (established)
                    {
                        await OnEstablishedAsync(state, token).ConfigureAwait(false);
                    }

                    break;
            }
        }
    }

    private async Task SendIdentifyOrResumeAsync(GatewayConnection connection, bool resume, CancellationToken token)
    {
        if (resume)
        {
            Log.Resuming(_logger, _shardId, _sessionId!, Sequence);
            await connection.SendAsync(
                GatewayOpCode.Resume,
                new ResumeData { Token = _token, SessionId = _sessionId!, Seq = Sequence },
                GatewayJsonContext.Default.ResumeData,
                token).ConfigureAwait(false);
            return;
        }

        Log.Identifying(_logger, _shardId, _shardCount, _intents);
        await connection.SendAsync(GatewayOpCode.Identify, CreateIdentify(), GatewayJsonContext.Default.IdentifyData, token).ConfigureAwait(false);
    }

    /// <summary>
    /// READY or RESUMED: commands may go on this connection now (before, the gateway closes with 4003), and the
    /// presence the bot set is sent, so it holds on every new session as well.
    /// </summary>
    private async Task OnEstablishedAsync(GatewayConnectionState state, CancellationToken token)
    {
        _current = state.Connection;
        if (_presence() is { } presence)
        {
            await state.Connection.SendAsync(GatewayOpCode.PresenceUpdate, presence, GatewayJsonContext.Default.PresenceData, token).ConfigureAwait(false);
        }
    }

    /// <summary>Takes the session from READY and notes RESUMED; true when either made the session work on this connection.</summary>
    private bool OnSessionDispatch(GatewayPayload payload, GatewayConnectionState state)
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
                return true;
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
            return true;
        }

        return false;
    }

    private Outcome Classify(GatewayReceiveResult received, GatewayConnectionState state)
    {
        if (received.CloseCode is not int code)
        {
            Log.Dropped(_logger, _shardId);
            return new Outcome(OutcomeKind.Resume, state.Established);
        }

        Log.Closed(_logger, _shardId, code, received.CloseReason);
        return GatewayCloseCodes.ActionFor(code) switch
        {
            CloseAction.Stop => new Outcome(OutcomeKind.Fatal, state.Established, code),
            CloseAction.NewSession => new Outcome(OutcomeKind.Identify, state.Established),
            _ => new Outcome(OutcomeKind.Resume, state.Established),
        };
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
