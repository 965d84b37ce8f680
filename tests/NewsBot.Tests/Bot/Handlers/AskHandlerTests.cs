using NewsBot.Bot.Handlers;
using NewsBot.Core.Answers;
using NewsBot.Discord.Interactions;
using NewsBot.Tests.Bot.Fakes;

namespace NewsBot.Tests.Bot.Handlers;

public sealed class AskHandlerTests
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task Ask_is_deferred_first_then_the_answer_is_edited_in()
    {
        _bot.Answerer.Answer = _ => Sample.Found(2);

        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", "What did they agree on?")));

        Assert.Equal(["respond", "edit"], _bot.Discord.Kinds);
        var deferral = _bot.Discord.Calls[0];
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, deferral.Response!.Type);
        Assert.False(deferral.Ephemeral);
        Assert.Contains("**work together**", _bot.Discord.Calls[1].Embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_reach_the_engine()
    {
        await _bot.HandleAsync(Interactions.Command("ask", options: [("question", "  housing  "), ("source", "Reuters"), ("days", 7)]));

        var request = Assert.Single(_bot.Answerer.Requests);
        Assert.Equal(new AskRequest("housing", "Reuters", 7), request);
    }

    [Fact]
    public async Task Private_question_is_deferred_ephemerally()
    {
        await _bot.HandleAsync(Interactions.Command("ask", options: [("question", "housing"), ("private", true)]));

        Assert.True(_bot.Discord.Calls[0].Ephemeral);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public async Task Empty_question_gets_an_ephemeral_explanation_and_no_engine_call(string question)
    {
        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", question)));

        var reply = _bot.Discord.Single("respond");
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, reply.Response!.Type);
        Assert.True(reply.Ephemeral);
        Assert.Contains("type a question", reply.Message!.Content, StringComparison.Ordinal);
        Assert.Empty(_bot.Answerer.Requests);
    }

    [Fact]
    public async Task Too_long_question_gets_an_ephemeral_explanation()
    {
        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", new string('a', 501))));

        var reply = _bot.Discord.Single("respond");
        Assert.True(reply.Ephemeral);
        Assert.Contains("501 characters", reply.Message!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_question_within_the_cooldown_is_answered_politely_and_privately()
    {
        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", "housing")));
        _bot.Time.Advance(TimeSpan.FromSeconds(2));

        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", "safety")));

        var refusal = _bot.Discord.Calls[^1];
        Assert.True(refusal.Ephemeral);
        Assert.Equal("You're asking quickly! Please wait 3 more seconds before your next question.", refusal.Message!.Content);
        Assert.Single(_bot.Answerer.Requests);
    }

    [Fact]
    public async Task Question_the_engine_rejects_replaces_the_public_thinking_with_an_ephemeral_note()
    {
        _bot.Answerer.Answer = request => Answer.Rejected(request.Question, "Ask with a few content words, not only stop words.");

        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", "the of and")));

        Assert.Equal(["respond", "delete", "followup"], _bot.Discord.Kinds);
        var note = _bot.Discord.Calls[2];
        Assert.True(note.Ephemeral);
        Assert.Equal("Ask with a few content words, not only stop words.", note.Message!.Content);
    }

    [Fact]
    public async Task Engine_failure_becomes_an_apology_in_place_of_the_answer()
    {
        _bot.Answerer.Answer = _ => throw new IOException("index file locked");

        await _bot.HandleAsync(Interactions.Command("ask", options: ("question", "housing")));

        Assert.Equal(["respond", "edit"], _bot.Discord.Kinds);
        Assert.Equal(InteractionReply.Apology, _bot.Discord.Calls[1].Message!.Content);
        Assert.Empty(_bot.Discord.Calls[1].Message!.Embeds!);
    }

    [Fact]
    public async Task Failure_before_any_response_becomes_an_ephemeral_apology()
    {
        _bot.Index.Stats = null!;
        var interaction = Interactions.Command("sources");

        await _bot.HandleAsync(interaction);

        var apology = _bot.Discord.Single("respond");
        Assert.True(apology.Ephemeral);
        Assert.Equal(InteractionReply.Apology, apology.Message!.Content);
    }
}
