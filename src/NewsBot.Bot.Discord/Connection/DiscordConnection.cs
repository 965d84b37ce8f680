using System.Net;
using Discord;
using Discord.Net;
using Discord.WebSocket;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Discord.Hosting;
using NewsBot.Bot.Runtime;

namespace NewsBot.Bot.Discord.Connection;

/// <summary>
/// The bot's one Discord.Net client, from login to logout. Logging in asks <c>GET gateway/bot</c>, so a refused token
/// stops <c>serve</c> there with one line instead of Discord.Net's endless retries; a gateway close that no retry can
/// change (4004, 4010–4014) stops it likewise. With explicit shards, the identify concurrency is Discord's
/// <c>max_concurrency</c>, read after login (Discord.Net reads it itself only when it picks the shards).
/// </summary>
public sealed class DiscordConnection(
    DiscordClientFactory factory,
    IOptions<DiscordOptions> options,
    FatalStop fatal,
    ILoggerFactory loggers,
    TimeProvider time) : IAsyncDisposable
{
    private DiscordShardedClient? _client;

    /// <summary>The client, once <see cref="StartAsync"/> logged it in.</summary>
    public DiscordShardedClient Client => _client ?? throw new InvalidOperationException("The Discord client has not been started.");

    /// <summary>
    /// Logs in and connects every shard of this process, with <paramref name="attach"/> subscribing the bot's handlers
    /// before anything connects; stops the application instead when Discord or the settings refuse.
    /// </summary>
    public async Task StartAsync(Action<DiscordShardedClient> attach, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        int[]? shardIds;
        try
        {
            shardIds = ShardSelection.Parse(settings.ShardIds, settings.ShardCount)
                ?? (settings.ShardCount is { } count ? [.. Enumerable.Range(0, count)] : null);
        }
        catch (FormatException invalid)
        {
            fatal.Stop(invalid.Message);
            return;
        }

        var client = await LogInAsync(shardIds, settings.ShardCount, identifyConcurrency: 1, attach).ConfigureAwait(false);
        if (client is not null && shardIds is not null)
        {
            var gateway = await client.GetBotGatewayAsync(new RequestOptions { CancelToken = cancellationToken }).ConfigureAwait(false);
            if (gateway.SessionStartLimit.MaxConcurrency > 1)
            {
                await client.DisposeAsync().ConfigureAwait(false);
                client = await LogInAsync(shardIds, settings.ShardCount, gateway.SessionStartLimit.MaxConcurrency, attach).ConfigureAwait(false);
            }
        }

        if (client is null)
        {
            return;
        }

        _client = client;
        await client.StartAsync().ConfigureAwait(false);
    }

    /// <summary>Closes every shard's connection (code 1000, ending the sessions) and logs out.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_client is not { } client)
        {
            return;
        }

        await client.StopAsync().ConfigureAwait(false);

        // Discord.Net's StopAsync only asks each shard to stop; the close frames go out on its connection tasks.
        while (client.Shards.Any(shard => shard.ConnectionState != ConnectionState.Disconnected) && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken).ConfigureAwait(false);
        }

        await client.LogoutAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _client, null) is { } client)
        {
            await client.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<DiscordShardedClient?> LogInAsync(int[]? shardIds, int? shardCount, int identifyConcurrency, Action<DiscordShardedClient> attach)
    {
        var settings = options.Value;
        var client = factory.Create(shardIds, shardCount, identifyConcurrency);
        client.Log += new DiscordLog(loggers, settings.Token).WriteAsync;
        client.ShardDisconnected += (exception, _) =>
        {
            if (DiscordRefusals.CloseCode(exception) is { } code && DiscordRefusals.Fatal(code, settings) is { } reason)
            {
                fatal.Stop(reason);
            }

            return Task.CompletedTask;
        };
        attach(client);
        try
        {
            await client.LoginAsync(TokenType.Bot, settings.Token).ConfigureAwait(false);
            return client;
        }
        catch (HttpException refused) when (refused.HttpCode == HttpStatusCode.Unauthorized)
        {
            await client.DisposeAsync().ConfigureAwait(false);
            fatal.Stop(DiscordRefusals.TokenRefused("(401 Unauthorized from GET gateway/bot)"));
            return null;
        }
    }
}
