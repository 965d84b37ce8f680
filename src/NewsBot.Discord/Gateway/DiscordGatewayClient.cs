using Microsoft.Extensions.Logging;
using NewsBot.Discord.Hosting;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// The bot's connection to Discord's gateway: runs shards <see cref="DiscordOptions.ShardId"/> onwards, each on its
/// own connection, and hands their events to the registered handlers. Register handlers before
/// <see cref="StartAsync"/>. Within a shard, handlers are awaited one event at a time in sequence order, and each
/// event reaches them once, across resumes too; a throwing handler is logged and delivery goes on.
/// </summary>
public sealed class DiscordGatewayClient : IAsyncDisposable
{
    private readonly DiscordOptions _options;
    private readonly IGatewayInfoSource _gatewayInfo;
    private readonly IGatewayTransportFactory _transports;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly GatewaySettings _settings;
    private readonly ILogger _logger;
    private readonly GatewayHandlers _handlers = new();
    private readonly IdentifyLimiter _identifyLimiter;
    private readonly SemaphoreSlim _gatewayUrlLock = new(1, 1);
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _stop;
    private List<GatewayShard> _shards = [];
    private Task _running = Task.CompletedTask;
    private Uri? _gatewayUrl;
    private volatile PresenceData? _presence;

    internal DiscordGatewayClient(
        DiscordOptions options,
        IGatewayInfoSource gatewayInfo,
        IGatewayTransportFactory transports,
        TimeProvider time,
        Random random,
        ILogger<DiscordGatewayClient> logger,
        GatewaySettings? settings = null)
    {
        _options = options;
        _gatewayInfo = gatewayInfo;
        _transports = transports;
        _time = time;
        _random = random;
        _logger = logger;
        _settings = settings ?? new GatewaySettings();
        _identifyLimiter = new IdentifyLimiter(time, _settings.IdentifyWindow);
    }

    /// <summary>The shard ids this process runs.</summary>
    public IReadOnlyList<int> ShardIds
    {
        get
        {
            var count = _options.ShardsInProcess ?? (_options.ShardCount - _options.ShardId);
            return [.. Enumerable.Range(_options.ShardId, Math.Max(0, Math.Min(count, _options.ShardCount - _options.ShardId)))];
        }
    }

    /// <summary>
    /// Completes when the client stopped: successfully after <see cref="StopAsync"/>, faulted with a
    /// <see cref="DiscordGatewayException"/> when Discord refused the token, a shard, the version or the intents.
    /// </summary>
    public Task Completion => _completion.Task;

    /// <summary>Raised with each delay chosen before a reconnect attempt (shard id, delay).</summary>
    internal event Action<int, TimeSpan>? ReconnectScheduled;

    /// <summary>Every dispatch, raw, before the typed handlers of the same event.</summary>
    public void OnDispatch(Func<GatewayDispatch, CancellationToken, Task> handler) => _handlers.Add(NotNull(handler));

    public void OnReady(Func<ReadyEvent, CancellationToken, Task> handler) => _handlers.Add(NotNull(handler));

    public void OnResumed(Func<ResumedEvent, CancellationToken, Task> handler) => _handlers.Add(NotNull(handler));

    public void OnGuildCreate(Func<GuildCreateEvent, CancellationToken, Task> handler) => _handlers.Add(NotNull(handler));

    /// <summary>GUILD_ROLE_CREATE: a role was added to a guild.</summary>
    public void OnGuildRoleCreate(Func<GuildRoleEvent, CancellationToken, Task> handler) => _handlers.AddRoleCreate(NotNull(handler));

    /// <summary>GUILD_ROLE_UPDATE: a role of a guild changed.</summary>
    public void OnGuildRoleUpdate(Func<GuildRoleEvent, CancellationToken, Task> handler) => _handlers.AddRoleUpdate(NotNull(handler));

    /// <summary>GUILD_ROLE_DELETE: a role was removed from a guild.</summary>
    public void OnGuildRoleDelete(Func<GuildRoleDeleteEvent, CancellationToken, Task> handler) => _handlers.Add(NotNull(handler));

    public void OnInteractionCreate(Func<InteractionCreateEvent, CancellationToken, Task> handler) => _handlers.Add(NotNull(handler));

    public void OnMessageCreate(Func<MessageCreateEvent, CancellationToken, Task> handler) => _handlers.Add(NotNull(handler));

    /// <summary>Starts the shards in the background and returns; they identify in <c>max_concurrency</c> buckets.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_stop is not null)
        {
            throw new InvalidOperationException("The gateway client is already started.");
        }

        var ids = ShardIds;
        if (ids.Count == 0)
        {
            throw new InvalidOperationException($"Discord:ShardId ({_options.ShardId}) must be below Discord:ShardCount ({_options.ShardCount}).");
        }

        _stop = new CancellationTokenSource();
        Log.StartingShards(_logger, ids.Count, _options.ShardCount, ids[0], ids[^1]);
        _shards = [.. ids.Select(CreateShard)];
        _running = RunShardsAsync(_stop.Token);
        return Task.CompletedTask;
    }

    /// <summary>Closes every shard's connection with 1000 and waits for the handlers in progress to finish.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stop is null)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets the bot's status (online, idle, dnd, invisible) and an optional custom status text. Shards with a live
    /// session get it now; the others, and every shard after a reconnect, get it as soon as READY or RESUMED
    /// arrives (the gateway refuses commands before that). May be called before <see cref="StartAsync"/>.
    /// </summary>
    /// <exception cref="GatewayPayloadTooLargeException">The update is over 4,096 bytes; nothing was sent or kept.</exception>
    public async Task UpdatePresenceAsync(string status, string? customStatus, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        var presence = new PresenceData
        {
            Status = status,
            Activities = customStatus is null ? [] : [new PresenceActivity { Name = "Custom Status", Type = 4, State = customStatus }],
        };
        GatewayConnection.Serialize(GatewayOpCode.PresenceUpdate, presence, GatewayJsonContext.Default.PresenceData);
        _presence = presence;
        foreach (var shard in _shards)
        {
            await shard.UpdatePresenceAsync(presence, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stop?.Dispose();
    }

    private GatewayShard CreateShard(int shardId)
    {
        var shard = new GatewayShard(
            shardId,
            _options.ShardCount,
            _options.Token,
            _options.Intents,
            _settings,
            GetGatewayUrlAsync,
            () => _presence,
            _identifyLimiter,
            _transports,
            _time,
            _random,
            _handlers,
            _logger);
        shard.ReconnectScheduled += (id, delay) => ReconnectScheduled?.Invoke(id, delay);
        return shard;
    }

    private async Task RunShardsAsync(CancellationToken stop)
    {
        // Yield so StartAsync returns before any connection work runs on the caller's thread.
        await Task.Yield();
        using var fatal = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var runs = _shards.Select(shard => RunShardAsync(shard, fatal)).ToArray();
        try
        {
            await Task.WhenAll(runs).ConfigureAwait(false);
            _completion.TrySetResult();
        }
        catch (Exception ex)
        {
            _completion.TrySetException(ex);
        }
    }

    private static async Task RunShardAsync(GatewayShard shard, CancellationTokenSource fatal)
    {
        try
        {
            await shard.RunAsync(fatal.Token).ConfigureAwait(false);
        }
        catch
        {
            // One fatal shard stops them all: the condition (token, intents, version) applies to every shard.
            await fatal.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<Uri> GetGatewayUrlAsync(bool refresh, CancellationToken cancellationToken)
    {
        await _gatewayUrlLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_gatewayUrl is null || refresh)
            {
                var info = await _gatewayInfo.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
                Log.GatewayInfo(_logger, info.Url, info.Shards, info.SessionStartLimit.Remaining, info.SessionStartLimit.MaxConcurrency);
                _identifyLimiter.Update(info.SessionStartLimit);
                _gatewayUrl = new Uri(info.Url);
            }

            return _gatewayUrl;
        }
        finally
        {
            _gatewayUrlLock.Release();
        }
    }

    private static T NotNull<T>(T handler)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(handler);
        return handler;
    }
}
