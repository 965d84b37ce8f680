using NewsBot.Bot.Conversation;
using NewsBot.Bot.Handlers;
using NewsBot.Bot.Tests.Fakes;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Tests.Handlers;

public sealed class AskHandlerTests
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task Ask_is_deferred_first_then_the_answer_is_edited_in()
    {
        _bot.Answerer.Answer = _ => Sample.Found(2);

        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "What did they agree on?")));

        Assert.Equal(["defer", "edit"], _bot.Chat.Kinds);
        var deferral = _bot.Chat.Calls[0];
        Assert.False(deferral.Ephemeral);
        Assert.Contains("**work together**", _bot.Chat.Calls[1].Card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_source_shows_the_label_the_operator_gave_the_source_its_article_came_from()
    {
        var found = Sample.Found(2);
        _bot.Answerer.Answer = _ => found with
        {
            Articles = [found.Articles[0] with { Citation = found.Articles[0].Citation with { Source = "wire" } }, found.Articles[1] with { Citation = found.Articles[1].Citation with { Source = "unlabelled" } }],
        };

        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "What did they agree on?")));

        var lines = _bot.Chat.Single("edit").Card.Description!.Split('\n');
        Assert.Contains("[1] [Headline number 1](https://example.com/news/1) \u00B7 Reuters (Lean Left) \u00B7 21 Nov 2025", lines);
        Assert.Contains("[2] [Headline number 2](https://example.com/news/2) \u00B7 Reuters \u00B7 21 Nov 2025", lines);
    }

    [Fact]
    public async Task Outlets_that_also_carried_the_story_are_named_with_the_labels_of_their_configured_sources()
    {
        var bot = new BotUnderTest(labels: new SourceLabels(
            [KeyValuePair.Create("wire", (string?)"Lean Left"), KeyValuePair.Create("ap", (string?)"Center")],
            [KeyValuePair.Create("Reuters", (string?)"Lean Left"), KeyValuePair.Create("AP News", (string?)"Center")]));
        var citation = Sample.Citation(1) with { AlsoCarriedBy = ["AP News", "BBC"], Source = "wire" };
        bot.Answerer.Answer = _ => Sample.Found(new ArticleQuotes(citation, [Sample.Quote("They would work together.", "work")]));

        await bot.HandleAsync(Requests.Command("ask", options: ("question", "What did they agree on?")));

        var lines = bot.Chat.Single("edit").Card.Description!.Split('\n');
        Assert.Contains("[1] [Headline number 1](https://example.com/news/1) \u00B7 Reuters (Lean Left), also carried by AP News (Center), BBC \u00B7 21 Nov 2025", lines);
    }

    [Fact]
    public async Task Closest_headlines_of_a_not_found_show_their_source_labels_too()
    {
        _bot.Answerer.Answer = request => new Answer(AnswerOutcome.NotFound, request.Question, [], [Sample.Citation(1) with { Source = "WIRE" }]);

        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "Who won the World Series?")));

        Assert.Contains("\u2022 [Headline number 1](https://example.com/news/1) \u00B7 Reuters (Lean Left) \u00B7 21 Nov 2025", _bot.Chat.Single("edit").Card.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_reach_the_engine()
    {
        await _bot.HandleAsync(Requests.Command("ask", options: [("question", "  housing  "), ("source", "Reuters"), ("days", 7)]));

        var request = Assert.Single(_bot.Answerer.Requests);
        Assert.Equal(new AskRequest("housing", "Reuters", 7), request);
    }

    [Fact]
    public async Task Private_question_is_deferred_ephemerally()
    {
        await _bot.HandleAsync(Requests.Command("ask", options: [("question", "housing"), ("private", true)]));

        Assert.True(_bot.Chat.Calls[0].Ephemeral);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public async Task Empty_question_gets_an_ephemeral_explanation_and_no_engine_call(string question)
    {
        await _bot.HandleAsync(Requests.Command("ask", options: ("question", question)));

        var reply = _bot.Chat.Single("reply");
        Assert.True(reply.Ephemeral);
        Assert.Contains("type a question", reply.Reply!.Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Answerer.Requests);
    }

    [Fact]
    public async Task Too_long_question_gets_an_ephemeral_explanation()
    {
        await _bot.HandleAsync(Requests.Command("ask", options: ("question", new string('a', 501))));

        var reply = _bot.Chat.Single("reply");
        Assert.True(reply.Ephemeral);
        Assert.Contains("501 characters", reply.Reply!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_question_within_the_cooldown_is_answered_politely_and_privately()
    {
        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "housing")));
        _bot.Time.Advance(TimeSpan.FromSeconds(2));

        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "safety")));

        var refusal = _bot.Chat.Calls[^1];
        Assert.True(refusal.Ephemeral);
        Assert.Equal("You're asking quickly! Please wait 3 more seconds before your next question.", refusal.Reply!.Text);
        Assert.Single(_bot.Answerer.Requests);
    }

    [Fact]
    public async Task Question_the_engine_rejects_is_answered_by_editing_the_deferred_reply_never_by_a_follow_up()
    {
        _bot.Answerer.Answer = request => Answer.Rejected(request.Question, "Ask with a few content words, not only stop words.");

        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "the of and")));

        Assert.Equal(["defer", "edit"], _bot.Chat.Kinds);
        Assert.Equal("Ask with a few content words, not only stop words.", _bot.Chat.Calls[1].Reply!.Text);
    }

    [Fact]
    public async Task Engine_failure_becomes_an_apology_in_place_of_the_answer()
    {
        _bot.Answerer.Answer = _ => throw new IOException("index file locked");

        await _bot.HandleAsync(Requests.Command("ask", options: ("question", "housing")));

        Assert.Equal(["defer", "edit"], _bot.Chat.Kinds);
        Assert.Equal(InteractionReply.Apology, _bot.Chat.Calls[1].Reply!.Text);
        Assert.Empty(_bot.Chat.Calls[1].Reply!.Cards!);
    }

    [Fact]
    public async Task Failure_before_any_response_becomes_an_ephemeral_apology()
    {
        _bot.Index.Stats = null!;
        await _bot.HandleAsync(Requests.Command("sources"));

        var apology = _bot.Chat.Single("reply");
        Assert.True(apology.Ephemeral);
        Assert.Equal(InteractionReply.Apology, apology.Reply!.Text);
    }

    [Fact]
    public async Task A_private_question_is_logged_by_outcome_never_by_its_words()
    {
        _bot.Answerer.Answer = _ => Sample.Found(1);

        await _bot.HandleAsync(Requests.Command("ask", options: [("question", "secret housing plans"), ("private", true)]));

        var entry = Assert.Single(_bot.AskLog.Collector.GetSnapshot(), record => record.Id.Name == "QuestionAnswered");
        Assert.Contains("Found", entry.Message, StringComparison.Ordinal);
        Assert.Contains("private: True", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(entry.StructuredState!, pair => pair.Value?.Contains("secret", StringComparison.Ordinal) == true);
    }
}
