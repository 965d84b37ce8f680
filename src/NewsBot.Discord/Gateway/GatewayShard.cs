using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
    private readonly Func<PresenceData?> _presence;
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
    private int _failedResumes;

    /// <summary>The connection whose session is established (after READY or RESUMED); commands go only there.</summary>
    private volatile GatewayConnection? _current;

    public GatewayShard(
        int shardId,
        int shardCount,
        string token,
        int intents,
        GatewaySettings settings,
        Func<bool, CancellationToken, Task<Uri>> gatewayUrl,
        Func<PresenceData?> presence,
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
        _presence = presence;
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
    /// <exception cref="InvalidOperationException">The shard has no established session.</exception>
    public async Task SendAsync<T>(GatewayOpCode op, T data, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
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

    /// <summary>Sends the presence now when the session is established; otherwise READY or RESUMED sends it.</summary>
    public async Task UpdatePresenceAsync(PresenceData presence, CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            return;
        }

        try
        {
            await SendAsync(GatewayOpCode.PresenceUpdate, presence, GatewayJsonContext.Default.PresenceData, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // The connection went meanwhile; the next READY or RESUMED sends the presence.
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
                baseUrl = await NewSessionUrlAsync(refreshGatewayUrl, stop).ConfigureAwait(false);
                if (baseUrl is null)
                {
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

            refreshGatewayUrl = false;
            switch (outcome.Kind)
            {
                case OutcomeKind.Stopped:
                    return;
                case OutcomeKind.Fatal:
                    var reason = GatewayCloseCodes.DescribeFatal(outcome.CloseCode!.Value, _intents, _shardId, _shardCount);
                    Log.Fatal(_logger, _shardId, reason);
                    throw new DiscordGatewayException(reason, outcome.CloseCode, _shardId);
                case OutcomeKind.Identify:
                    ForgetSession();
                    break;
                case OutcomeKind.ConnectFailed when resume:
                    // Gateway docs, "Resuming": if you cannot reconnect, open a new connection with the URL from
                    // Get Gateway and identify; the resume host may be gone for good.
                    Log.ResumeHostUnreachable(_logger, _shardId);
                    ForgetSession();
                    break;
                case OutcomeKind.ConnectFailed:
                    // Discord: fetch the gateway URL again only when connecting with it fails.
                    refreshGatewayUrl = true;
                    break;
                case OutcomeKind.Resume when resume && !outcome.Established && ++_failedResumes >= _settings.MaxFailedResumes:
                    // Resumes that never reach RESUMED (refused with a close each time) would go on for ever while
                    // Discord expires the session: give up on it after a few.
                    Log.ResumeGivenUp(_logger, _shardId, _failedResumes);
                    ForgetSession();
                    break;
            }

            if (outcome.Established)
            {
                _backoff.Reset();
                _failedResumes = 0;
            }

            await WaitBeforeNextAttemptAsync(stop).ConfigureAwait(false);
        }
    }

    /// <summary>The URL to identify on, after waiting for this shard's identify turn; null when the URL could not be fetched.</summary>
    private async Task<Uri?> NewSessionUrlAsync(bool refresh, CancellationToken stop)
    {
        Uri url;
        try
        {
            url = await _gatewayUrl(refresh, stop).ConfigureAwait(false);
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
            return null;
        }

        // The turn is waited for before connecting: waiting after Hello would hold an open connection whose reader
        // is blocked, so its heartbeat ACKs go unread and the connection looks like a zombie.
        var waited = await _identifyLimiter.WaitForTurnAsync(_shardId, stop).ConfigureAwait(false);
        if (waited >= TimeSpan.FromMilliseconds(100))
        {
            Log.IdentifyWaited(_logger, _shardId, waited);
        }

        return url;
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        _failedResumes = 0;
        Volatile.Write(ref _sequence, -1);
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
        var state = new GatewayConnectionState(transport, new GatewayConnection(transport, new SendRateLimiter(_settings.SendLimit, _settings.SendWindow, _time)), connectionScope);
        using var stopping = stop.UnsafeRegister(static s => _ = ((GatewayConnectionState)s!).CloseForStopAsync(), state);
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
}
