using NewsBot.Bot;
using NewsBot.Bot.Handlers;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Tests.Bot.Fakes;

namespace NewsBot.Tests.Bot.Handlers;

public sealed class ReindexHandlerTests
{
    [Fact]
    public async Task Member_without_manage_server_is_refused_privately_and_nothing_runs()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Interactions.Command("reindex", permissions: "2048"));

        var refusal = bot.Discord.Single("respond");
        Assert.True(refusal.Ephemeral);
        Assert.Equal(ReindexHandler.NotAdmin, refusal.Message!.Content);
        Assert.Empty(bot.Reindexer.Runs);
    }

    [Fact]
    public async Task Member_holding_an_admin_role_from_the_settings_may_reindex()
    {
        var bot = new BotUnderTest(new BotOptions { AdminRoleIds = [77] });
        var interaction = Interactions.Create(InteractionType.ApplicationCommand, Interactions.Asker, "0", new InteractionData { Name = "reindex" }, [new Snowflake(77)]);

        await bot.HandleAsync(interaction);

        Assert.Equal([false], bot.Reindexer.Runs);
    }

    [Fact]
    public async Task Admin_sees_progress_then_the_summary_in_the_same_reply()
    {
        var bot = new BotUnderTest();

        await bot.HandleAsync(Interactions.Command("reindex", permissions: "32", options: ("full", true)));

        Assert.Equal([true], bot.Reindexer.Runs);
        Assert.Equal("respond", bot.Discord.Calls[0].Kind);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, bot.Discord.Calls[0].Response!.Type);
        var edits = bot.Discord.Calls.Where(call => call.Kind == "edit").Select(call => call.Embed).ToList();
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

        await bot.HandleAsync(Interactions.Command("reindex", permissions: "32"));

        var progress = bot.Discord.Calls.Where(call => call.Kind == "edit").SkipLast(1).Select(call => call.Embed.Description!).ToList();
        Assert.Equal(["indexing: 1 of 10", "indexing: 5 of 10", "indexing: 9 of 10"], progress.Select(text => text[..text.IndexOf(" (", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Second_reindex_while_one_runs_is_refused()
    {
        var reindexer = new FakeReindexer(hold: true);
        var bot = new BotUnderTest(reindexer: reindexer);
        var first = bot.HandleAsync(Interactions.Command("reindex", permissions: "32"));
        await reindexer.Started.Task;

        await bot.HandleAsync(Interactions.Command("reindex", permissions: "8"));
        reindexer.Release();
        await first;

        Assert.Single(reindexer.Runs);
        Assert.Contains(bot.Discord.Calls, call => call.Ephemeral && call.Message!.Content == ReindexHandler.AlreadyRunning);
        Assert.False(bot.Gate.IsRunning);
    }
}
