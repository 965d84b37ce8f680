using NewsBot.Bot;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Runtime;
using NewsBot.Bot.Tests.Fakes;
using NewsBot.Core.Answers;

namespace NewsBot.Bot.Tests.Handlers;

public sealed class PageButtonHandlerTests
{
    private readonly BotUnderTest _bot = new();

    private async Task<string> AskAsync()
    {
        _bot.Answerer.Answer = _ => Sample.Found(5);
        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "agree")));
        return Assert.Single(_bot.Chat.Calls[^1].Reply!.Buttons!).Id!;
    }

    [Fact]
    public async Task Asker_pages_to_the_next_article_groups_in_place()
    {
        var more = await AskAsync();

        await _bot.HandleAsync(Requests.Click(more));

        var update = _bot.Chat.Calls[^1];
        Assert.Equal("update", update.Kind);
        Assert.Contains("Quote 4:", update.Card.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Quote 1:", update.Card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_else_is_told_only_the_asker_can_page()
    {
        var more = await AskAsync();

        await _bot.HandleAsync(Requests.Click(more, Requests.Other));

        var refusal = _bot.Chat.Calls[^1];
        Assert.Equal("reply", refusal.Kind);
        Assert.True(refusal.Ephemeral);
        Assert.Equal(PageButtonHandler.NotYours, refusal.Reply!.Text);
    }

    [Fact]
    public async Task After_fifteen_minutes_the_buttons_are_removed_and_the_clicker_told_why()
    {
        var more = await AskAsync();
        _bot.Time.Advance(PagingSessions<Answer>.Lifetime);

        await _bot.HandleAsync(Requests.Click(more));

        // The scheduled removal of the buttons may land meanwhile too; the click's own answer is what counts here.
        var update = _bot.Chat.Calls.Last(call => call.Kind == "update");
        Assert.Empty(update.Reply!.Buttons!);
        Assert.Null(update.Reply.Cards);
        var note = _bot.Chat.Calls.Last(call => call.Kind == "followup");
        Assert.True(note.Ephemeral);
        Assert.Equal(PageButtonHandler.Expired, note.Reply!.Text);
    }

    [Fact]
    public async Task Buttons_are_taken_off_the_answer_shortly_before_the_fifteen_minutes_end()
    {
        await AskAsync();
        var calls = _bot.Chat.Calls.Count;

        _bot.Time.Advance(ButtonExpiry.Delay - TimeSpan.FromSeconds(1));
        Assert.Equal(calls, _bot.Chat.Calls.Count);
        _bot.Time.Advance(TimeSpan.FromSeconds(1));
        await _bot.Chat.WaitUntilAsync(recorded => recorded.Count > calls);

        var removal = _bot.Chat.Calls[^1];
        Assert.Equal("edit", removal.Kind);
        Assert.Empty(removal.Reply!.Buttons!);
        Assert.Null(removal.Reply.Cards);
        Assert.True(ButtonExpiry.Delay < PagingSessions<Answer>.Lifetime);
    }

    [Fact]
    public async Task An_answer_that_took_a_minute_loses_its_buttons_while_the_question_s_token_still_works()
    {
        // Discord counts the token's 15 minutes from the interaction's creation (receiving-and-responding.mdx,
        // "Interaction tokens are valid for 15 minutes"); a removal scheduled from the reply would edit with a dead token.
        var asked = _bot.Time.GetUtcNow();
        _bot.Answerer.Answer = _ =>
        {
            _bot.Time.Advance(TimeSpan.FromMinutes(1));
            return Sample.Found(5);
        };
        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "agree")) with { CreatedAt = asked });
        var calls = _bot.Chat.Calls.Count;

        _bot.Time.Advance(ButtonExpiry.Delay - TimeSpan.FromMinutes(1));
        await _bot.Chat.WaitUntilAsync(recorded => recorded.Count > calls);

        var removal = _bot.Chat.Calls[^1];
        Assert.Equal("edit", removal.Kind);
        Assert.Empty(removal.Reply!.Buttons!);
        Assert.True(_bot.Time.GetUtcNow() < asked + InteractionTokens.Lifetime);
    }

    [Fact]
    public async Task A_click_fifteen_minutes_after_the_question_finds_the_buttons_expired_even_if_the_answer_came_later()
    {
        var asked = _bot.Time.GetUtcNow();
        _bot.Answerer.Answer = _ =>
        {
            _bot.Time.Advance(TimeSpan.FromMinutes(1));
            return Sample.Found(5);
        };
        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "agree")) with { CreatedAt = asked });
        var more = _bot.Chat.Calls.Last(call => call.Kind == "edit" && call.Reply!.Buttons is { Count: > 0 }).Reply!.Buttons![0].Id;
        _bot.Time.Advance(InteractionTokens.Lifetime - TimeSpan.FromMinutes(1));

        await _bot.HandleAsync(Requests.Click(more));

        Assert.Equal(PageButtonHandler.Expired, _bot.Chat.Calls.Last(call => call.Kind == "followup").Reply!.Text);
    }

    [Fact]
    public async Task A_mention_answer_loses_its_buttons_by_an_edit_of_the_reply()
    {
        _bot.Answerer.Answer = _ => Sample.Found(5);
        await _bot.Mentions.HandleAsync(Requests.Mention("agree?"), CancellationToken.None);

        _bot.Time.Advance(ButtonExpiry.Delay);
        await _bot.Chat.WaitUntilAsync(recorded => recorded.Any(call => call.Kind == "edit-message"));

        Assert.Empty(_bot.Chat.Single("edit-message").Reply!.Buttons!);
    }

    [Fact]
    public async Task Recent_list_pages_with_its_buttons()
    {
        _bot.Recent.News = new([.. Enumerable.Range(1, 12).Select(n => Sample.Recent(n))], []);
        await _bot.HandleAsync(Requests.Command("recent", options: ("count", 5)));
        var older = Assert.Single(_bot.Chat.Calls[^1].Reply!.Buttons!).Id!;

        await _bot.HandleAsync(Requests.Click(older));

        var update = _bot.Chat.Calls[^1];
        Assert.Equal("update", update.Kind);
        Assert.Contains("Headline number 6", update.Card.Description, StringComparison.Ordinal);
    }
}
