using NewsBot.Bot.Handlers;
using NewsBot.Bot.Tests.Fakes;

namespace NewsBot.Bot.Tests.Handlers;

public sealed class MentionHandlerTests
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task Mention_is_answered_with_a_reply_to_the_message()
    {
        _bot.Answerer.Answer = _ => Sample.Found(1);
        var mention = Requests.Mention("what did they agree on?");

        await _bot.Mentions.HandleAsync(mention, CancellationToken.None);

        Assert.Equal("what did they agree on?", Assert.Single(_bot.Answerer.Requests).Question);
        var reply = _bot.Chat.Single("send");
        Assert.Equal(mention.MessageId, reply.Target);
        Assert.Contains("**work together**", reply.Card.Description, StringComparison.Ordinal);
        Assert.False(reply.Ephemeral);
    }

    [Fact]
    public async Task Failure_while_answering_a_mention_is_an_apology_in_reply()
    {
        _bot.Answerer.Answer = _ => throw new InvalidOperationException("boom");
        var mention = Requests.Mention("housing");

        await _bot.Mentions.HandleAsync(mention, CancellationToken.None);

        var reply = _bot.Chat.Single("send");
        Assert.Equal(InteractionReply.Apology, reply.Reply!.Text);
        Assert.Equal(mention.MessageId, reply.Target);
    }

    [Fact]
    public async Task A_bare_mention_asks_for_a_question()
    {
        await _bot.Mentions.HandleAsync(Requests.Mention(string.Empty), CancellationToken.None);

        Assert.Contains("type a question", _bot.Chat.Single("send").Reply!.Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Answerer.Requests);
    }

    [Fact]
    public async Task A_mention_within_the_cooldown_gets_no_public_reply()
    {
        await _bot.Mentions.HandleAsync(Requests.Mention("housing"), CancellationToken.None);
        _bot.Time.Advance(TimeSpan.FromSeconds(2));

        await _bot.Mentions.HandleAsync(Requests.Mention("safety"), CancellationToken.None);

        Assert.Single(_bot.Chat.Calls, call => call.Kind == "send");
        Assert.Single(_bot.Answerer.Requests);
    }
}
