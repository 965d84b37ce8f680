using NewsBot.Bot;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;
using NewsBot.Discord.Interactions;
using NewsBot.Tests.Bot.Fakes;

namespace NewsBot.Tests.Bot.Handlers;

public sealed class PageButtonHandlerTests
{
    private readonly BotUnderTest _bot = new();

    private async Task<string> AskAsync()
    {
        _bot.Answerer.Answer = _ => Sample.Found(5);
        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", "agree")));
        return Assert.Single(Assert.Single(_bot.Discord.Calls[^1].Message!.Components!).Components).CustomId!;
    }

    [Fact]
    public async Task Asker_pages_to_the_next_article_groups_in_place()
    {
        var more = await AskAsync();

        await _bot.HandleAsync(Interactions.Click(more));

        var update = _bot.Discord.Calls[^1];
        Assert.Equal(InteractionCallbackType.UpdateMessage, update.Response!.Type);
        Assert.Contains("Quote 4:", update.Embed.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Quote 1:", update.Embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_else_is_told_only_the_asker_can_page()
    {
        var more = await AskAsync();

        await _bot.HandleAsync(Interactions.Click(more, Interactions.Other));

        var refusal = _bot.Discord.Calls[^1];
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, refusal.Response!.Type);
        Assert.True(refusal.Ephemeral);
        Assert.Equal(PageButtonHandler.NotYours, refusal.Message!.Content);
    }

    [Fact]
    public async Task After_fifteen_minutes_the_buttons_are_removed_and_the_clicker_told_why()
    {
        var more = await AskAsync();
        _bot.Time.Advance(PagingSessions<Answer>.Lifetime);

        await _bot.HandleAsync(Interactions.Click(more));

        // The scheduled removal of the buttons may land meanwhile too; the click's own answer is what counts here.
        var update = _bot.Discord.Calls.Last(call => call.Kind == "respond");
        Assert.Equal(InteractionCallbackType.UpdateMessage, update.Response!.Type);
        Assert.Empty(update.Message!.Components!);
        Assert.Null(update.Message.Embeds);
        var note = _bot.Discord.Calls.Last(call => call.Kind == "followup");
        Assert.True(note.Ephemeral);
        Assert.Equal(PageButtonHandler.Expired, note.Message!.Content);
    }

    [Fact]
    public async Task Buttons_are_taken_off_the_answer_shortly_before_the_fifteen_minutes_end()
    {
        await AskAsync();
        var calls = _bot.Discord.Calls.Count;

        _bot.Time.Advance(ButtonExpiry.Delay - TimeSpan.FromSeconds(1));
        Assert.Equal(calls, _bot.Discord.Calls.Count);
        _bot.Time.Advance(TimeSpan.FromSeconds(1));
        await _bot.Discord.WaitUntilAsync(recorded => recorded.Count > calls);

        var removal = _bot.Discord.Calls[^1];
        Assert.Equal("edit", removal.Kind);
        Assert.Empty(removal.Message!.Components!);
        Assert.Null(removal.Message.Embeds);
        Assert.True(ButtonExpiry.Delay < PagingSessions<Answer>.Lifetime);
    }

    [Fact]
    public async Task A_mention_answer_loses_its_buttons_by_an_edit_of_the_reply()
    {
        _bot.Answerer.Answer = _ => Sample.Found(5);
        await _bot.Mentions.HandleAsync(Interactions.Message("<@1100000000000000001> agree?", mentions: BotUnderTest.BotUserId), CancellationToken.None);

        _bot.Time.Advance(ButtonExpiry.Delay);
        await _bot.Discord.WaitUntilAsync(recorded => recorded.Any(call => call.Kind == "edit-message"));

        Assert.Empty(_bot.Discord.Single("edit-message").Message!.Components!);
    }

    [Fact]
    public async Task Recent_list_pages_with_its_buttons()
    {
        _bot.Recent.News = new([.. Enumerable.Range(1, 12).Select(n => Sample.Recent(n))], []);
        await _bot.HandleAsync(Interactions.Command("recent", options: ("count", 5)));
        var older = Assert.Single(Assert.Single(_bot.Discord.Calls[^1].Message!.Components!).Components).CustomId!;

        await _bot.HandleAsync(Interactions.Click(older));

        var update = _bot.Discord.Calls[^1];
        Assert.Equal(InteractionCallbackType.UpdateMessage, update.Response!.Type);
        Assert.Contains("Headline number 6", update.Embed.Description, StringComparison.Ordinal);
    }
}
