using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Inbound;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Reindex;
using NewsBot.Bot.Runtime;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Bot.Discord.Tests.Outbound;

/// <summary>
/// The bot's replies through the real REST client to the loopback stand-in, which, like Discord, refuses a token's
/// edits 15 minutes after the interaction's creation (401, 50027 Invalid Webhook Token), counted on a clock the test
/// shares with the bot.
/// </summary>
public sealed class DiscordInteractionResponderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private DiscordStandIn _standIn = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _standIn = await DiscordStandIn.StartAsync(clock: _clock);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Token"] = _standIn.Token,
                ["Discord:ApiBaseUrl"] = _standIn.ApiBaseUrl.ToString(),
            })
            .Build());
        services.AddLogging();
        services.AddDiscordClient();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task A_reindex_outlasting_its_token_leaves_its_last_edit_while_discord_still_accepts_it_and_sends_nothing_after()
    {
        var interaction = Messages.Interaction(InteractionType.ApplicationCommand, new InteractionData { Name = "reindex" }, permissions: "32") with
        {
            Id = new Snowflake(StandInIds.CreatedAt(_clock.GetUtcNow())),
        };
        _standIn.RegisterInteraction(interaction.Id.ToString(), interaction.Token, interaction.ChannelId!.Value.ToString());
        var options = Options.Create(new BotOptions { AdminGuildIds = [Messages.Guild] });
        var reindexer = new HeldReindexer();
        var handler = new ReindexHandler(new AdminPolicy(options), new ReindexGate(options, _clock), reindexer, _clock, NullLogger<ReindexHandler>.Instance);
        var reply = new InteractionReply(DiscordRequests.From(interaction)!, new DiscordInteractionResponder(_services.GetRequiredService<DiscordRestClient>(), interaction));

        var running = handler.HandleAsync(reply, CommandArguments.None, CancellationToken.None);
        await reindexer.Started.Task;
        _clock.Advance(InteractionTokens.Lifetime - ReindexHandler.HandOverMargin);
        await _standIn.WaitForRequestAsync(request => request.Route == StandInRoutes.EditOriginal && request.Status == 200);
        _clock.Advance(TimeSpan.FromMinutes(10));
        reindexer.Release();
        await running;

        Assert.Equal(ReindexHandler.StillRunning, (string)_standIn.GetOriginalResponse(interaction.Token)!["content"]!);
        Assert.DoesNotContain(_standIn.Requests, request => request.Status >= 400);
        Assert.Single(_standIn.Requests, request => request.Route == StandInRoutes.EditOriginal);
    }

    [Fact]
    public async Task Paging_buttons_of_a_reply_that_took_a_minute_come_off_while_discord_still_accepts_the_edit()
    {
        var interaction = Messages.Interaction(InteractionType.ApplicationCommand, new InteractionData { Name = "recent" }) with
        {
            Id = new Snowflake(StandInIds.CreatedAt(_clock.GetUtcNow())),
        };
        _standIn.RegisterInteraction(interaction.Id.ToString(), interaction.Token, interaction.ChannelId!.Value.ToString());
        var options = Options.Create(new BotOptions());
        using var expiry = new ButtonExpiry(_clock, NullLogger<ButtonExpiry>.Instance);
        var handler = new RecentHandler(new SlowRecentNews(_clock, TimeSpan.FromMinutes(1)), new EmptyIndexStatistics(), new PagingSessions<RecentPages>(_clock),
            new QueryCooldown(new CooldownTracker(options, _clock), NullLogger<QueryCooldown>.Instance), expiry);
        var reply = new InteractionReply(DiscordRequests.From(interaction)!, new DiscordInteractionResponder(_services.GetRequiredService<DiscordRestClient>(), interaction));
        await handler.HandleAsync(reply, new CommandArguments(new Dictionary<string, string>(StringComparer.Ordinal) { ["count"] = "2" }), CancellationToken.None);
        Assert.NotEmpty(Buttons(_standIn.GetOriginalResponse(interaction.Token)!));

        _clock.Advance(ButtonExpiry.Delay - TimeSpan.FromMinutes(1));
        await _standIn.WaitForRequestAsync(request => request.Route == StandInRoutes.EditOriginal && request.Json?["components"] is JsonArray { Count: 0 });
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(Buttons(_standIn.GetOriginalResponse(interaction.Token)!));
        Assert.DoesNotContain(_standIn.Requests, request => request.Status >= 400);
    }

    private static JsonArray Buttons(JsonObject message) => message["components"] as JsonArray ?? [];
}
