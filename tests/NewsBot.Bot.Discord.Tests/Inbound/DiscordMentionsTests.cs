using NewsBot.Bot.Discord.Inbound;

namespace NewsBot.Bot.Discord.Tests.Inbound;

public sealed class DiscordMentionsTests
{
    private const ulong BotId = 1100000000000000001;
    private const ulong BotRoleId = 1200000000000000007;

    [Theory]
    [InlineData("<@1100000000000000001> what did they agree on?")]
    [InlineData("<@!1100000000000000001>   what did they agree on?")]
    [InlineData("what did they <@1100000000000000001> agree on?")]
    [InlineData("  what did they agree on? <@1100000000000000001>  ")]
    public void Both_mention_forms_of_the_bot_are_removed_and_the_spaces_collapsed(string content)
        => Assert.Equal("what did they agree on?", DiscordMentions.StripMention(content, BotId));

    [Fact]
    public void A_mention_of_the_bots_managed_role_is_removed()
        => Assert.Equal("who won the vote?", DiscordMentions.StripMention("<@&1200000000000000007> who won the vote?", BotId, BotRoleId));

    [Fact]
    public void Mentions_of_other_users_stay_in_the_question()
        => Assert.Equal("did <@42> or <@!43> say so?", DiscordMentions.StripMention("<@1100000000000000001> did <@42> or <@!43> say so?", BotId));

    [Fact]
    public void Mentions_of_other_roles_stay_in_the_question()
        => Assert.Equal("did <@&99> vote?", DiscordMentions.StripMention("<@&1200000000000000007> did <@&99> vote?", BotId, BotRoleId));

    [Fact]
    public void A_role_with_the_bots_id_is_not_the_bot()
        => Assert.Equal("<@&1100000000000000001> hi", DiscordMentions.StripMention("<@&1100000000000000001> hi", BotId));

    [Fact]
    public void Line_breaks_in_the_question_are_kept()
        => Assert.Equal("first line\nsecond line", DiscordMentions.StripMention("<@1100000000000000001> first line\nsecond line", BotId));
}
