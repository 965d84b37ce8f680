using Discord;
using Discord.Net.Rest;
using Discord.Net.WebSockets;
using Discord.WebSocket;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Discord.Hosting;

namespace NewsBot.Bot.Discord.Connection;

/// <summary>
/// Builds the Discord.Net client the bot runs on: a <see cref="DiscordShardedClient"/> (one shard or many) whose REST
/// calls go to <c>Discord:ApiBaseUrl</c> (Discord.Net's own <c>DiscordConfig.APIUrl</c> is fixed, but its
/// <c>RestClientProvider</c> decides the base), whose gateway URL comes from
/// <c>GET gateway/bot</c> there, and whose sockets fall back from a dead resume host (<see cref="ResumeHostFallback"/>).
/// </summary>
public sealed class DiscordClientFactory(IOptions<DiscordOptions> options, ILogger<DiscordClientFactory> logger)
{
    /// <summary>
    /// A client for <paramref name="shardIds"/> of <paramref name="shardCount"/> shards (both null: as many as Discord
    /// recommends, with its identify concurrency), identifying at most <paramref name="identifyConcurrency"/> shards at once.
    /// </summary>
    public DiscordShardedClient Create(int[]? shardIds, int? shardCount, int identifyConcurrency)
    {
        var settings = options.Value;
        var apiBase = settings.ApiBaseUrl.AbsoluteUri.EndsWith('/') ? settings.ApiBaseUrl.AbsoluteUri : settings.ApiBaseUrl.AbsoluteUri + "/";
        var rest = DefaultRestClientProvider.Create();
        var sockets = DefaultWebSocketProvider.Create();
        var config = new DiscordSocketConfig
        {
            RestClientProvider = _ => rest(apiBase),
            WebSocketProvider = () => new ResumeHostFallback(sockets(), host => Log.ResumeHostDead(logger, host, ResumeHostFallback.MaxResumeHostFailures)),
            GatewayIntents = (GatewayIntents)settings.Intents,
            TotalShards = shardCount,
            IdentifyMaxConcurrency = identifyConcurrency,
            LogLevel = LogSeverity.Verbose,

            // The bot reads no message history and no member lists: nothing to cache or download beyond what events carry.
            MessageCacheSize = 0,
            AlwaysDownloadUsers = false,
            LogGatewayIntentWarnings = false,
        };
        return shardIds is null ? new DiscordShardedClient(config) : new DiscordShardedClient(shardIds, config);
    }
}
