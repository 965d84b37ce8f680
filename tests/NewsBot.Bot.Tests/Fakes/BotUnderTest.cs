using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Reindex;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;
using NewsBot.Testing.Answers;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>The bot's handlers wired by hand around fakes of the engine and a recorder of the chat platform.</summary>
internal sealed class BotUnderTest
{
    public BotUnderTest(BotOptions? options = null, FakeReindexer? reindexer = null, SourceLabels? labels = null)
    {
        Labels = labels ?? new([KeyValuePair.Create("wire", (string?)"Lean Left")]);
        var settings = Options.Create(options ?? new BotOptions { CooldownSeconds = 5, AdminGuildIds = [Requests.Guild] });
        Reindexer = reindexer ?? new FakeReindexer();
        Gate = new ReindexGate(settings, Time);
        Cooldown = new QueryCooldown(new CooldownTracker(settings, Time), NullLogger<QueryCooldown>.Instance);
        Answers = new PagingSessions<Answer>(Time);
        Recents = new PagingSessions<RecentPages>(Time);
        Expiry = new ButtonExpiry(Time, NullLogger<ButtonExpiry>.Instance);
        var asking = new AskingService(Answerer, new CitationLabels(Labels));
        Router = new InteractionRouter(
            new AskHandler(asking, Index, Answers, Cooldown, Expiry, Time, AskLog),
            new RecentHandler(Recent, Index, Recents, Cooldown, Expiry),
            new SourcesHandler(Index, Cooldown),
            new ReindexHandler(new AdminPolicy(settings), Gate, Reindexer, Time, NullLogger<ReindexHandler>.Instance),
            new PageButtonHandler(Answers, Recents, Index),
            new AutocompleteHandler(Index),
            NullLogger<InteractionRouter>.Instance);
        Mentions = new MentionHandler(asking, Index, Answers, Cooldown, Expiry, Chat, Time, NullLogger<MentionHandler>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 22, 9, 0, 0, TimeSpan.Zero));
    public RecordingChat Chat { get; } = new();
    public FakeLogger<AskHandler> AskLog { get; } = new();
    public FakeAnswerer Answerer { get; } = new();
    public FakeNewsIndex Index { get; } = new();
    public SourceLabels Labels { get; }
    public FakeRecentNews Recent { get; } = new();
    public FakeReindexer Reindexer { get; }
    public ReindexGate Gate { get; }
    public QueryCooldown Cooldown { get; }
    public PagingSessions<Answer> Answers { get; }
    public PagingSessions<RecentPages> Recents { get; }
    public ButtonExpiry Expiry { get; }
    public InteractionRouter Router { get; }
    public MentionHandler Mentions { get; }

    public Task HandleAsync(BotRequest request) => Router.HandleAsync(request, Chat, CancellationToken.None);
}
