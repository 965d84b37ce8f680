using NewsBot.Bot.Conversation;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Runtime;
using NewsBot.Bot.Tests.Fakes;

namespace NewsBot.Bot.Tests.Handlers;

public sealed class InteractionRouterTests
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task Help_is_shown_only_to_the_member_who_asked()
    {
        await _bot.HandleAsync(Requests.Command("help"));

        var reply = _bot.Chat.Single("reply");
        Assert.True(reply.Ephemeral);
        Assert.Contains("/ask", string.Join('\n', reply.Card.Fields!.Select(field => field.Name)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_private_pointer_to_help()
    {
        await _bot.HandleAsync(Requests.Command("weather"));

        var reply = _bot.Chat.Single("reply");
        Assert.True(reply.Ephemeral);
        Assert.Contains("/help", reply.Reply!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_shutting_down_commands_are_told_to_retry_and_autocomplete_gets_no_suggestions()
    {
        await _bot.Router.RefuseAsync(Requests.Command("ask"), _bot.Chat, WorkAdmission.ShuttingDown, CancellationToken.None);
        await _bot.Router.RefuseAsync(Requests.Autocomplete("ask", "source", "re"), _bot.Chat, WorkAdmission.ShuttingDown, CancellationToken.None);

        Assert.Equal(InteractionRouter.Restarting, _bot.Chat.Calls[0].Reply!.Text);
        Assert.True(_bot.Chat.Calls[0].Ephemeral);
        Assert.Equal("suggest", _bot.Chat.Calls[1].Kind);
        Assert.Empty(_bot.Chat.Calls[1].Suggestions!);
    }

    [Fact]
    public async Task A_failing_autocomplete_is_answered_with_no_suggestions_rather_than_a_message()
    {
        _bot.Index.Stats = null!;

        await _bot.HandleAsync(Requests.Autocomplete("ask", "source", "re"));

        Assert.Empty(_bot.Chat.Single("suggest").Suggestions!);
    }

    [Fact]
    public async Task When_even_the_apology_cannot_be_sent_the_router_still_returns()
    {
        _bot.Answerer.Answer = _ => throw new InvalidOperationException("engine down");
        _bot.Chat.FailKind = "edit";

        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "housing")));

        Assert.Equal(["defer"], _bot.Chat.Kinds);
    }

    [Fact]
    public async Task Recent_and_sources_share_the_askers_cooldown_with_ask()
    {
        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "housing")));
        _bot.Time.Advance(TimeSpan.FromSeconds(1));

        await _bot.HandleAsync(Requests.Command("recent"));
        await _bot.HandleAsync(Requests.Command("sources"));

        var refusals = _bot.Chat.Calls.Skip(2).ToList();
        Assert.Equal(["reply", "reply"], refusals.Select(call => call.Kind));
        Assert.All(refusals, call => Assert.True(call.Ephemeral));
        Assert.All(refusals, call => Assert.StartsWith("You're asking quickly!", call.Reply!.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_member_is_not_held_up_by_the_askers_cooldown()
    {
        await _bot.HandleAsync(Requests.Command("sources"));

        await _bot.HandleAsync(Requests.Command("sources", user: Requests.Other));

        Assert.All(_bot.Chat.Calls, call => Assert.NotNull(call.Card));
    }

    [Fact]
    public async Task When_busy_a_command_gets_a_private_busy_note_and_autocomplete_no_suggestions()
    {
        await _bot.Router.RefuseAsync(Requests.Command("ask"), _bot.Chat, WorkAdmission.Busy, CancellationToken.None);
        await _bot.Router.RefuseAsync(Requests.Autocomplete("ask", "source", "re"), _bot.Chat, WorkAdmission.Busy, CancellationToken.None);

        Assert.Equal(InteractionRouter.Busy, _bot.Chat.Calls[0].Reply!.Text);
        Assert.True(_bot.Chat.Calls[0].Ephemeral);
        Assert.Empty(_bot.Chat.Calls[1].Suggestions!);
    }
}
