using NewsBot.Bot.Discord.Inbound;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Tests.Inbound;

public sealed class DiscordMentionsTests
{
    private static readonly Snowflake BotId = new(1100000000000000001);

    [Theory]
    [InlineData("<@1100000000000000001> what did they agree on?")]
    [InlineData("<@!1100000000000000001>   what did they agree on?")]
    [InlineData("what did they <@1100000000000000001> agree on?")]
    public void Both_mention_forms_of_the_bot_are_stripped(string content)
        => Assert.Equal("what did they agree on?", DiscordMentions.StripMention(content, BotId));

    [Fact]
    public void Mentions_of_other_users_stay_in_the_question()
        => Assert.Equal("did <@42> say so?", DiscordMentions.StripMention("<@1100000000000000001> did <@42> say so?", BotId));

    [Fact]
    public void Messages_from_bots_webhooks_or_without_the_mention_are_not_for_the_bot()
    {
        Assert.NotNull(DiscordMentions.From(Messages.Create("<@1100000000000000001> hi", mentions: BotId.Value), BotId));
        Assert.Null(DiscordMentions.From(Messages.Create("<@1100000000000000001> hi", bot: true, mentions: BotId.Value), BotId));
        Assert.Null(DiscordMentions.From(Messages.Create("<@1100000000000000001> hi", author: BotId.Value, bot: true, mentions: BotId.Value), BotId));
        Assert.Null(DiscordMentions.From(Messages.Create("<@1100000000000000001> hi", webhook: new Snowflake(3), mentions: BotId.Value), BotId));
        Assert.Null(DiscordMentions.From(Messages.Create("hello everyone", mentions: 42), BotId));
    }

    [Fact]
    public void Before_ready_no_message_is_for_the_bot()
        => Assert.Null(DiscordMentions.From(Messages.Create("<@1100000000000000001> hi", mentions: BotId.Value), botId: null));

    [Fact]
    public void A_mention_carries_the_question_and_where_to_reply()
    {
        var message = Messages.Create("<@1100000000000000001> what did they agree on?", mentions: BotId.Value);

        var mention = DiscordMentions.From(message, BotId)!;

        Assert.Equal("what did they agree on?", mention.Question);
        Assert.Equal(message.Id.Value, mention.MessageId);
        Assert.Equal(message.ChannelId.Value, mention.ChannelId);
        Assert.Equal(Messages.Author, mention.Asker.UserId);
        Assert.False(mention.Asker.ManagesServer);
    }

    [Fact]
    public void A_mention_of_the_bots_managed_role_is_a_mention_of_the_bot_and_is_stripped()
    {
        var botRole = new Snowflake(1200000000000000007);
        var message = Messages.Create("<@&1200000000000000007> who won the vote?") with { MentionRoles = [botRole] };

        var request = DiscordMentions.From(message, BotId, botRole);

        Assert.NotNull(request);
        Assert.Equal("who won the vote?", request.Question);
    }

    [Fact]
    public void A_mention_of_another_role_is_not_for_the_bot()
    {
        var otherRole = new Snowflake(1200000000000000009);
        var message = Messages.Create("<@&1200000000000000009> who won the vote?") with { MentionRoles = [otherRole] };

        Assert.Null(DiscordMentions.From(message, BotId, new Snowflake(1200000000000000007)));
        Assert.Null(DiscordMentions.From(message, BotId));
    }
}
