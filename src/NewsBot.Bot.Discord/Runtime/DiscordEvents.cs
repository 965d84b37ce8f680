using Discord.WebSocket;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Discord.Connection;
using NewsBot.Bot.Discord.Inbound;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Runtime;

namespace NewsBot.Bot.Discord.Runtime;

/// <summary>
/// Turns Discord.Net's events into the bot's requests. Discord.Net runs every handler on the gateway's task and waits
/// for it (it only warns after 3 s), so these handlers never do the work themselves: each request is admitted as
/// tracked background work (<see cref="BackgroundWork"/>) and the handler returns at once, so a slow answer delays
/// neither heartbeats nor other members. The one handler that waits does so on purpose and briefly:
/// <see cref="OnGuildAvailableAsync"/>.
/// </summary>
public sealed class DiscordEvents(
    CommandRegistration registration,
    InteractionRouter router,
    MentionHandler mentions,
    BackgroundWork work,
    TimeProvider time,
    ILogger<DiscordEvents> logger)
{
    /// <summary>How long a guild's GUILD_CREATE may hold the next event while the library marks the guild synced.</summary>
    public static readonly TimeSpan GuildSyncWait = TimeSpan.FromSeconds(5);

    private int _shardZeroNoted;

    /// <summary>Subscribes the handlers to <paramref name="client"/>, before it connects, so no event is missed.</summary>
    public void Attach(DiscordShardedClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.ShardReady += shard => OnShardReadyAsync(client, shard);
        client.GuildAvailable += OnGuildAvailableAsync;
        client.InteractionCreated += OnInteractionAsync;
        client.MessageReceived += message => OnMessageAsync(client, message);
    }

    private Task OnShardReadyAsync(DiscordShardedClient client, DiscordSocketClient shard)
    {
        Log.Ready(logger, shard.ShardId, shard.CurrentUser.Id);
        if (shard.ShardId == 0)
        {
            // READY gave this shard's REST client the application id that registration needs.
            work.TryStart("command registration", token => registration.RegisterOnceAsync(new DiscordCommandRegistrar(shard.Rest), token));
        }
        else if (client.GetShard(0) is null && Interlocked.Exchange(ref _shardZeroNoted, 1) == 0)
        {
            Log.CommandsLeftToShardZero(logger, string.Join(",", client.Shards.Select(each => each.ShardId)));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Holds the gateway's next event until Discord.Net has marked the guild synced. The library marks it on another
    /// thread after GUILD_CREATE and drops a message from a guild not yet synced ("Unsynced Guild"), so a mention sent
    /// right after the bot joined or reconnected would otherwise go unanswered.
    /// </summary>
    private async Task OnGuildAvailableAsync(SocketGuild guild)
    {
        try
        {
            await guild.SyncPromise.WaitAsync(GuildSyncWait, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Log.GuildSyncSlow(logger, guild.Id, GuildSyncWait.TotalSeconds);
        }
    }

    private Task OnInteractionAsync(SocketInteraction interaction)
    {
        // An interaction replayed after a resume can be older than Discord's 3 seconds: its callback could only fail
        // (404, 10062 Unknown interaction), and so would an apology.
        var now = time.GetUtcNow();
        if (now > InteractionWindows.AcknowledgeBy(interaction.Id))
        {
            Log.InteractionTooLate(logger, interaction.Id, interaction.Type.ToString(), Math.Round((now - InteractionWindows.CreatedAt(interaction.Id)).TotalSeconds, 1));
            return Task.CompletedTask;
        }

        if (DiscordRequests.From(interaction) is not { } request)
        {
            return Task.CompletedTask;
        }

        var responder = new DiscordInteractionResponder(interaction, time);
        var admission = work.TryAdmit("interaction", token => router.HandleAsync(request, responder, token));
        if (admission != WorkAdmission.Started)
        {
            // Busy or shutting down: the member is told so, still off the gateway's task.
            _ = Task.Run(() => router.RefuseAsync(request, responder, admission, CancellationToken.None))
                .ContinueWith(refusal => Log.RefusalFailed(logger, refusal.Exception!.GetBaseException()), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }

    private Task OnMessageAsync(DiscordShardedClient client, SocketMessage message)
    {
        if (DiscordMentions.From(message, client.CurrentUser?.Id) is { } mention
            && work.TryAdmit("mention", token => mentions.HandleAsync(mention, token)) != WorkAdmission.Started)
        {
            // While busy or shutting down a mention is left unanswered: a reply saying so would only add noise to the channel.
            Log.MentionLeftUnanswered(logger, mention.ChannelId);
        }

        return Task.CompletedTask;
    }
}
