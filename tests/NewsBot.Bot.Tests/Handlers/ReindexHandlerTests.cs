using NewsBot.Bot;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Tests.Fakes;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Tests.Handlers;

public sealed class ReindexHandlerTests
{
    [Fact]
    public async Task Member_without_manage_server_is_refused_privately_and_nothing_runs()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Requests.Command("reindex", managesServer: false));

        var refusal = bot.Chat.Single("reply");
        Assert.True(refusal.Ephemeral);
        Assert.Equal(ReindexHandler.NotAdmin, refusal.Reply!.Text);
        Assert.Empty(bot.Reindexer.Runs);
    }

    [Fact]
    public async Task Member_holding_an_admin_role_from_the_settings_may_reindex()
    {
        var bot = new BotUnderTest(new BotOptions { AdminRoleIds = [77] });
        var request = new CommandRequest(Requests.Member(roles: [77]), "reindex", CommandArguments.None);

        await bot.HandleAsync(request);

        Assert.Equal([false], bot.Reindexer.Runs);
    }

    [Fact]
    public async Task Allow_shrink_is_passed_to_the_rebuild_only_when_the_admin_asks_for_it()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true, options: ("full", true)));
        bot.Time.Advance(TimeSpan.FromHours(1));
        await bot.HandleAsync(Requests.Command("reindex", managesServer: true, options: [("full", true), ("allow_shrink", true)]));

        Assert.Equal([true, true], bot.Reindexer.Runs);
        Assert.Equal([false, true], bot.Reindexer.AllowShrinks);
    }

    [Fact]
    public async Task The_reindex_reply_with_its_source_failures_goes_to_the_admin_alone()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));

        var defer = Assert.Single(bot.Chat.Calls, call => call.Kind == "defer");
        Assert.True(defer.Ephemeral);
    }

    [Fact]
    public async Task Admin_sees_progress_then_the_summary_in_the_same_reply()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true, options: ("full", true)));

        Assert.Equal([true], bot.Reindexer.Runs);
        Assert.Equal("defer", bot.Chat.Calls[0].Kind);
        var edits = bot.Chat.Calls.Where(call => call.Kind == "edit").Select(call => call.Card).ToList();
        Assert.Equal(2, edits.Count);
        Assert.Equal("Rebuilding the index\u2026", edits[0].Title);
        Assert.StartsWith("reading samples", edits[0].Description, StringComparison.Ordinal);
        Assert.Equal("Reindex finished", edits[1].Title);
        Assert.Contains("**1** read, **1** added", edits[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_edits_are_throttled_to_one_every_two_seconds()
    {
        var stages = Enumerable.Range(1, 10).Select(n => new IndexProgress("indexing", n, 10)).ToList();
        BotUnderTest bot = null!;
        var reindexer = new FakeReindexer { Stages = stages, BetweenStages = () => bot.Time.Advance(TimeSpan.FromSeconds(0.5)) };
        bot = new BotUnderTest(reindexer: reindexer);

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));

        var progress = bot.Chat.Calls.Where(call => call.Kind == "edit").SkipLast(1).Select(call => call.Card.Description!).ToList();
        Assert.Equal(["indexing: 1 of 10 articles", "indexing: 5 of 10 articles", "indexing: 9 of 10 articles"], progress.Select(text => text[..text.IndexOf(" (", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Second_reindex_while_one_runs_is_refused()
    {
        var reindexer = new FakeReindexer(hold: true);
        var bot = new BotUnderTest(reindexer: reindexer);
        var first = bot.HandleAsync(Requests.Command("reindex", managesServer: true));
        await reindexer.Started.Task;

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));
        reindexer.Release();
        await first;

        Assert.Single(reindexer.Runs);
        Assert.Contains(bot.Chat.Calls, call => call.Ephemeral && call.Reply!.Text == ReindexHandler.AlreadyRunning);
        Assert.False(bot.Gate.IsRunning);
    }

    [Fact]
    public async Task A_reindex_right_after_another_is_refused_until_the_cooldown_has_passed()
    {
        var bot = new BotUnderTest(new BotOptions { AdminGuildIds = [Requests.Guild], ReindexCooldownMinutes = 10 });
        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));
        bot.Time.Advance(TimeSpan.FromMinutes(4));

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));

        Assert.Single(bot.Reindexer.Runs);
        var refusal = bot.Chat.Calls[^1];
        Assert.True(refusal.Ephemeral);
        Assert.Contains("again in 6 minutes", refusal.Reply!.Text, StringComparison.Ordinal);

        bot.Time.Advance(TimeSpan.FromMinutes(6));
        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));

        Assert.Equal(2, bot.Reindexer.Runs.Count);
    }

    [Fact]
    public async Task A_reindex_outlasting_the_reply_s_token_says_in_its_last_edit_that_the_summary_is_in_newsbot_sources()
    {
        var reindexer = new FakeReindexer(hold: true);
        var bot = new BotUnderTest(reindexer: reindexer);
        var asked = bot.Time.GetUtcNow();
        var running = bot.HandleAsync(Requests.Command("reindex", managesServer: true) with { CreatedAt = asked });
        await reindexer.Started.Task;

        bot.Time.Advance(InteractionTokens.Lifetime - ReindexHandler.HandOverMargin);
        await bot.Chat.WaitUntilAsync(calls => calls.Any(call => call.Reply?.Text == ReindexHandler.StillRunning));
        Assert.True(bot.Gate.IsRunning);
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        reindexer.Release();
        await running;

        // Discord refuses edits after the token's 15 minutes (401, 50027), so the summary is never edited in after it.
        var last = bot.Chat.Calls[^1];
        Assert.Equal("edit", last.Kind);
        Assert.Equal(ReindexHandler.StillRunning, last.Reply!.Text);
        Assert.Contains("`newsbot sources`", last.Reply.Text, StringComparison.Ordinal);
        Assert.Empty(last.Reply.Cards!);
        Assert.False(bot.Gate.IsRunning);
    }

    [Fact]
    public async Task The_hand_over_counts_from_the_interaction_s_creation_not_from_when_the_reindex_started()
    {
        var reindexer = new FakeReindexer(hold: true);
        var bot = new BotUnderTest(reindexer: reindexer);
        var asked = bot.Time.GetUtcNow() - TimeSpan.FromMinutes(10);
        var running = bot.HandleAsync(Requests.Command("reindex", managesServer: true) with { CreatedAt = asked });
        await reindexer.Started.Task;

        bot.Time.Advance(TimeSpan.FromMinutes(4));
        await bot.Chat.WaitUntilAsync(calls => calls.Any(call => call.Reply?.Text == ReindexHandler.StillRunning));
        reindexer.Release();
        await running;

        Assert.Equal(ReindexHandler.StillRunning, bot.Chat.Calls[^1].Reply!.Text);
    }

    [Fact]
    public async Task A_reindex_ending_before_the_hand_over_edits_its_summary_in_and_no_hand_over_follows()
    {
        var reindexer = new FakeReindexer(hold: true);
        var bot = new BotUnderTest(reindexer: reindexer);
        var running = bot.HandleAsync(Requests.Command("reindex", managesServer: true) with { CreatedAt = bot.Time.GetUtcNow() });
        await reindexer.Started.Task;

        bot.Time.Advance(TimeSpan.FromMinutes(13));
        reindexer.Release();
        await running;
        bot.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal("Reindex finished", bot.Chat.Calls[^1].Card.Title);
        Assert.DoesNotContain(bot.Chat.Calls, call => call.Reply?.Text == ReindexHandler.StillRunning);
    }

    [Fact]
    public async Task After_the_summary_the_reply_follows_the_sentence_vectors_until_every_sentence_has_one()
    {
        BotUnderTest bot = null!;
        var reindexer = new FakeReindexer
        {
            VectorStages = [Vectors(0, 10), Vectors(5, 10)],
            Vectors = new VectorUpdate(10, 10, 0) { Elapsed = TimeSpan.FromSeconds(6) },
            BetweenStages = () => bot.Time.Advance(TimeSpan.FromSeconds(3)),
        };
        bot = new BotUnderTest(reindexer: reindexer);

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));

        var edits = bot.Chat.Calls.Where(call => call.Kind == "edit").Select(call => call.Card).ToList();
        var following = edits.Where(card => card.Title == "Reindex finished").Select(card => card.Description!).ToList();
        Assert.Contains(following, text => text.Contains("**1** read", StringComparison.Ordinal) && text.Contains("Sentence vectors: 5 of 10 sentences computed", StringComparison.Ordinal));
        Assert.Contains("**1** read, **1** added", following[^1], StringComparison.Ordinal);
        Assert.Contains("Sentence vectors: every sentence has one (10 computed in 6.0 s).", following[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_reindex_may_start_while_the_last_one_s_vectors_are_still_computed()
    {
        var reindexer = new FakeReindexer(holdVectors: true) { VectorStages = [Vectors(0, 10)] };
        var bot = new BotUnderTest(reindexer: reindexer);

        var first = bot.HandleAsync(Requests.Command("reindex", managesServer: true));
        await reindexer.VectorsStarted.Task;

        Assert.False(bot.Gate.IsRunning);
        reindexer.ReleaseVectors();
        await first;
    }

    [Fact]
    public async Task Vectors_outlasting_the_reply_s_token_leave_the_summary_with_a_line_saying_they_go_on_in_the_background()
    {
        var reindexer = new FakeReindexer(holdVectors: true) { VectorStages = [Vectors(0, 10)] };
        var bot = new BotUnderTest(reindexer: reindexer);
        var running = bot.HandleAsync(Requests.Command("reindex", managesServer: true) with { CreatedAt = bot.Time.GetUtcNow() });
        await reindexer.VectorsStarted.Task;

        bot.Time.Advance(InteractionTokens.Lifetime - ReindexHandler.HandOverMargin);
        await running;

        var last = bot.Chat.Calls[^1];
        Assert.Equal("edit", last.Kind);
        Assert.Contains("**1** read, **1** added", last.Card.Description, StringComparison.Ordinal);
        Assert.Contains(ReindexRenderer.VectorsContinuing, last.Card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vectors_that_fail_leave_the_summary_with_a_line_saying_answers_are_ranked_by_words_meanwhile()
    {
        var reindexer = new FakeReindexer { VectorFailure = new IOException("No space left on device") };
        var bot = new BotUnderTest(reindexer: reindexer);

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));

        var last = bot.Chat.Calls[^1].Card;
        Assert.Equal("Reindex finished", last.Title);
        Assert.Contains(ReindexRenderer.VectorsFailed, last.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("No space", last.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vectors_given_up_because_the_bot_is_stopping_leave_the_summary_with_a_line_saying_they_are_still_to_come()
    {
        var reindexer = new FakeReindexer { VectorFailure = new OperationCanceledException("the host is stopping") };
        var bot = new BotUnderTest(reindexer: reindexer);

        await bot.HandleAsync(Requests.Command("reindex", managesServer: true));

        var last = bot.Chat.Calls[^1].Card;
        Assert.Equal("Reindex finished", last.Title);
        Assert.Contains(ReindexRenderer.VectorsContinuing, last.Description, StringComparison.Ordinal);
    }

    private static IndexProgress Vectors(int done, int total) => new("computing sentence vectors", done, total) { Unit = "sentences" };
}
