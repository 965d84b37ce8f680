using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Reindex;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Bot.Fakes;

/// <summary>The bot's handlers wired by hand around fakes of the engine and a recorder of the Discord seam.</summary>
internal sealed class BotUnderTest
{
    public const ulong BotUserId = 1100000000000000001;

    public BotUnderTest(BotOptions? options = null, FakeReindexer? reindexer = null)
    {
        var settings = Options.Create(options ?? new BotOptions { CooldownSeconds = 5 });
        Reindexer = reindexer ?? new FakeReindexer();
        Cooldown = new CooldownTracker(settings, Time);
        Answers = new PagingSessions<Answer>(Time);
        Recents = new PagingSessions<RecentPages>(Time);
        Expiry = new ButtonExpiry(Time, NullLogger<ButtonExpiry>.Instance);
        Identity.SetReady(new Snowflake(BotUserId), new Snowflake(1100000000000000002));
        Router = new InteractionRouter(
            Discord,
            new AskHandler(Answerer, Index, Answers, Cooldown, Expiry, Time, NullLogger<AskHandler>.Instance),
            new RecentHandler(Recent, Index, Recents, Expiry),
            new SourcesHandler(Index),
            new ReindexHandler(new AdminPolicy(settings), Gate, Reindexer, Time, NullLogger<ReindexHandler>.Instance),
            new PageButtonHandler(Answers, Recents, Index),
            new AutocompleteHandler(Index),
            NullLogger<InteractionRouter>.Instance);
        Mentions = new MentionHandler(Identity, Answerer, Index, Answers, Cooldown, Expiry, Discord, Time, NullLogger<MentionHandler>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 22, 9, 0, 0, TimeSpan.Zero));
    public RecordingDiscord Discord { get; } = new();
    public FakeAnswerer Answerer { get; } = new();
    public FakeNewsIndex Index { get; } = new();
    public FakeRecentNews Recent { get; } = new();
    public FakeReindexer Reindexer { get; }
    public ReindexGate Gate { get; } = new();
    public BotIdentity Identity { get; } = new();
    public CooldownTracker Cooldown { get; }
    public PagingSessions<Answer> Answers { get; }
    public PagingSessions<RecentPages> Recents { get; }
    public ButtonExpiry Expiry { get; }
    public InteractionRouter Router { get; }
    public MentionHandler Mentions { get; }

    public Task HandleAsync(Interaction interaction) => Router.HandleAsync(interaction, CancellationToken.None);
}
