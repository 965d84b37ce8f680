using NewsBot.Bot.Handlers;
using NewsBot.Discord.Models;
using NewsBot.Tests.Bot.Fakes;

namespace NewsBot.Tests.Bot.Handlers;

public sealed class MentionHandlerTests
{
    private readonly BotUnderTest _bot = new();

    [Theory]
    [InlineData("<@1100000000000000001> what did they agree on?")]
    [InlineData("<@!1100000000000000001>   what did they agree on?")]
    [InlineData("what did they <@1100000000000000001> agree on?")]
    public void Both_mention_forms_of_the_bot_are_stripped(string content)
        => Assert.Equal("what did they agree on?", MentionHandler.StripMention(content, new Snowflake(BotUnderTest.BotUserId)));

    [Fact]
    public void Mentions_of_other_users_stay_in_the_question()
        => Assert.Equal("did <@42> say so?", MentionHandler.StripMention("<@1100000000000000001> did <@42> say so?", new Snowflake(BotUnderTest.BotUserId)));

    [Fact]
    public void Messages_from_bots_webhooks_or_without_the_mention_are_not_for_the_bot()
    {
        Assert.True(_bot.Mentions.IsForBot(Interactions.Message("<@1100000000000000001> hi", mentions: BotUnderTest.BotUserId)));
        Assert.False(_bot.Mentions.IsForBot(Interactions.Message("<@1100000000000000001> hi", bot: true, mentions: BotUnderTest.BotUserId)));
        Assert.False(_bot.Mentions.IsForBot(Interactions.Message("<@1100000000000000001> hi", author: BotUnderTest.BotUserId, bot: true, mentions: BotUnderTest.BotUserId)));
        Assert.False(_bot.Mentions.IsForBot(Interactions.Message("<@1100000000000000001> hi", webhook: new Snowflake(3), mentions: BotUnderTest.BotUserId)));
        Assert.False(_bot.Mentions.IsForBot(Interactions.Message("hello everyone", mentions: 42)));
    }

    [Fact]
    public async Task Mention_is_answered_with_a_reply_to_the_message()
    {
        _bot.Answerer.Answer = _ => Sample.Found(1);
        var message = Interactions.Message("<@1100000000000000001> what did they agree on?", mentions: BotUnderTest.BotUserId);

        await _bot.Mentions.HandleAsync(message, CancellationToken.None);

        Assert.Equal("what did they agree on?", Assert.Single(_bot.Answerer.Requests).Question);
        var reply = _bot.Discord.Single("send");
        Assert.Equal(message.ChannelId, reply.Target);
        Assert.Equal(message.Id, reply.Message!.MessageReference!.MessageId);
        Assert.Contains("**work together**", reply.Embed.Description, StringComparison.Ordinal);
        Assert.Empty(reply.Message.AllowedMentions!.Parse);
    }

    [Fact]
    public async Task Failure_while_answering_a_mention_is_an_apology_in_reply()
    {
        _bot.Answerer.Answer = _ => throw new InvalidOperationException("boom");
        var message = Interactions.Message("<@1100000000000000001> housing", mentions: BotUnderTest.BotUserId);

        await _bot.Mentions.HandleAsync(message, CancellationToken.None);

        var reply = _bot.Discord.Single("send");
        Assert.Equal(InteractionReply.Apology, reply.Message!.Content);
        Assert.Equal(message.Id, reply.Message.MessageReference!.MessageId);
    }

    [Fact]
    public async Task A_bare_mention_asks_for_a_question()
    {
        await _bot.Mentions.HandleAsync(Interactions.Message("<@1100000000000000001>", mentions: BotUnderTest.BotUserId), CancellationToken.None);

        Assert.Contains("type a question", _bot.Discord.Single("send").Message!.Content, StringComparison.Ordinal);
        Assert.Empty(_bot.Answerer.Requests);
    }
}
