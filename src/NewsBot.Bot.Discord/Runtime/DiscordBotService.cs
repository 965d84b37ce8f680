using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Discord.Inbound;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Runtime;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Runtime;

/// <summary>
/// Connects the bot to the gateway: subscribes before any hosted service starts (so no event is missed), records
/// who the bot is and registers the commands on READY, turns each mention, and each interaction still within
/// Discord's 3-second window to answer it, into the bot's request and runs it as tracked background work (the gateway
/// keeps reading meanwhile), and on shutdown waits for the answers in flight before the gateway is closed.
/// </summary>
public sealed class DiscordBotService(
    DiscordGatewayClient gateway,
    DiscordRest rest,
    BotIdentity identity,
    BotRoles botRoles,
    CommandRegistration registration,
    InteractionRouter router,
    MentionHandler mentions,
    BackgroundWork work,
    ButtonExpiry expiry,
    TimeProvider time,
    ILogger<DiscordBotService> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        gateway.OnReady(OnReadyAsync);
        gateway.OnInteractionCreate(OnInteractionAsync);
        gateway.OnMessageCreate(OnMessageAsync);
        gateway.OnGuildCreate((guild, _) => WithBotId(bot => botRoles.Learn(guild, bot)));
        gateway.OnGuildRoleCreate((changed, _) => WithBotId(bot => botRoles.Learn(changed, bot)));
        gateway.OnGuildRoleUpdate((changed, _) => WithBotId(bot => botRoles.Learn(changed, bot)));
        gateway.OnGuildRoleDelete((deleted, _) =>
        {
            botRoles.Forget(deleted);
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs before any hosted service stops, so answers in flight are delivered while the gateway is still open.</summary>
    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        expiry.Cancel();
        return work.DrainAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Guilds arrive after READY, which names the bot; an event before it has no bot to look for.
    private Task WithBotId(Action<NewsBot.Discord.Models.Snowflake> learn)
    {
        if (identity.UserId is { } bot)
        {
            learn(bot);
        }

        return Task.CompletedTask;
    }

    private Task OnReadyAsync(ReadyEvent ready, CancellationToken cancellationToken)
    {
        identity.SetReady(ready.User.Id, ready.ApplicationId);
        Log.Ready(logger, ready.User.Id.Value, ready.ApplicationId.Value);
        work.TryStart("command registration", token => registration.RegisterOnceAsync(ready.ApplicationId, token));
        return Task.CompletedTask;
    }

    private Task OnInteractionAsync(InteractionCreateEvent created, CancellationToken cancellationToken)
    {
        var interaction = created.Interaction;
        if (interaction.Type == InteractionType.Ping)
        {
            return rest.PongAsync(interaction, cancellationToken);
        }

        // Discord's docs (interactions/receiving-and-responding.mdx, "Responding to an Interaction"): the initial
        // response must come within 3 seconds, else the token is invalidated. An interaction replayed after a resume
        // can be older than that; its callback could only fail (404, 10062 Unknown interaction), and so would the apology.
        var now = time.GetUtcNow();
        if (InteractionDeadlines.IsPastAcknowledgement(interaction.Id, now))
        {
            Log.InteractionTooLate(logger, interaction.Id.Value, interaction.Type.ToString(), Math.Round((now - interaction.Id.CreatedAt).TotalSeconds, 1));
            return Task.CompletedTask;
        }

        if (DiscordRequests.From(interaction) is not { } request)
        {
            return Task.CompletedTask;
        }

        var responder = rest.For(interaction);
        var admission = work.TryAdmit("interaction", token => router.HandleAsync(request, responder, token));
        return admission == WorkAdmission.Started ? Task.CompletedTask : router.RefuseAsync(request, responder, admission, cancellationToken);
    }

    private Task OnMessageAsync(MessageCreateEvent created, CancellationToken cancellationToken)
    {
        if (DiscordMentions.From(created.Message, identity.UserId, botRoles.In(created.Message.GuildId)) is { } mention)
        {
            // While busy or shutting down a mention is left unanswered: a reply saying so would only add noise to the channel.
            if (work.TryAdmit("mention", token => mentions.HandleAsync(mention, token)) != WorkAdmission.Started)
            {
                Log.MentionLeftUnanswered(logger, mention.ChannelId);
            }
        }

        return Task.CompletedTask;
    }
}
