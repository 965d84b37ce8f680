using NewsBot.Bot.Handlers;
using NewsBot.Discord.Interactions;
using NewsBot.Tests.Bot.Fakes;

namespace NewsBot.Tests.Bot.Handlers;

public sealed class InteractionRouterTests
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task Help_is_shown_only_to_the_member_who_asked()
    {
        await _bot.HandleAsync(Interactions.Command("help"));

        var reply = _bot.Discord.Single("respond");
        Assert.True(reply.Ephemeral);
        Assert.Contains("/ask", string.Join('\n', reply.Embed.Fields!.Select(field => field.Name)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_gets_a_private_pointer_to_help()
    {
        await _bot.HandleAsync(Interactions.Command("weather"));

        var reply = _bot.Discord.Single("respond");
        Assert.True(reply.Ephemeral);
        Assert.Contains("/help", reply.Message!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_shutting_down_commands_are_told_to_retry_and_autocomplete_gets_no_suggestions()
    {
        await _bot.Router.RefuseAsync(Interactions.Command("ask"), CancellationToken.None);
        await _bot.Router.RefuseAsync(Interactions.Autocomplete("ask", "source", "re"), CancellationToken.None);

        Assert.Equal(InteractionRouter.Restarting, _bot.Discord.Calls[0].Message!.Content);
        Assert.True(_bot.Discord.Calls[0].Ephemeral);
        var suggestions = Assert.IsType<AutocompleteResult>(_bot.Discord.Calls[1].Response!.Data);
        Assert.Empty(suggestions.Choices);
    }

    [Fact]
    public async Task A_failing_autocomplete_is_answered_with_no_suggestions_rather_than_a_message()
    {
        _bot.Index.Stats = null!;

        await _bot.HandleAsync(Interactions.Autocomplete("ask", "source", "re"));

        var reply = _bot.Discord.Single("respond");
        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, reply.Response!.Type);
    }

    [Fact]
    public async Task When_even_the_apology_cannot_be_sent_the_router_still_returns()
    {
        _bot.Answerer.Answer = _ => throw new InvalidOperationException("engine down");
        _bot.Discord.FailKind = "edit";

        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", "housing")));

        Assert.Equal(["respond"], _bot.Discord.Kinds);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, _bot.Discord.Calls[0].Response!.Type);
    }
}
