using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Outbound;

namespace NewsBot.Bot.Discord.Tests.Outbound;

public sealed class DiscordLimitsTests
{
    /// <summary>Each of Discord's limits on a reply: its name in the error, its size, and a reply of a given size for it.</summary>
    private static readonly Dictionary<string, (int Limit, Func<int, Reply> ReplyOf)> Limits = new()
    {
        ["content characters"] = (2000, n => new Reply { Text = new string('a', n) }),
        ["embeds"] = (10, n => Cards([.. Enumerable.Range(0, n).Select(_ => new Card { Title = "t" })])),
        ["embed title characters"] = (256, n => Cards(new Card { Title = new string('t', n) })),
        ["embed description characters"] = (4096, n => Cards(new Card { Description = new string('d', n) })),
        ["embed footer characters"] = (2048, n => Cards(new Card { Footer = new string('f', n) })),
        ["embed fields"] = (25, n => Cards(new Card { Fields = [.. Enumerable.Range(0, n).Select(_ => new CardField("n", "v"))] })),
        ["embed field name characters"] = (256, n => Cards(new Card { Fields = [new CardField(new string('n', n), "v")] })),
        ["embed field value characters"] = (1024, n => Cards(new Card { Fields = [new CardField("n", new string('v', n))] })),
        ["characters across the embeds"] = (6000, n => Cards(new Card { Description = new string('d', 4096) }, new Card { Description = new string('d', n - 4096) })),
        ["buttons in a row"] = (5, n => Buttons([.. Enumerable.Range(0, n).Select(i => new ReplyButton("Next", $"page:{i}"))])),
        ["button label characters"] = (80, n => Buttons(new ReplyButton(new string('l', n), "page:2"))),
        ["button custom id characters"] = (100, n => Buttons(new ReplyButton("Next", new string('i', n)))),
    };

    public static TheoryData<string> LimitNames => [.. Limits.Keys];

    [Theory]
    [MemberData(nameof(LimitNames))]
    public void A_reply_at_the_limit_is_sent(string limit)
    {
        var (size, replyOf) = Limits[limit];

        DiscordLimits.Check(replyOf(size));
    }

    [Theory]
    [MemberData(nameof(LimitNames))]
    public void A_reply_one_past_the_limit_is_refused_naming_it(string limit)
    {
        var (size, replyOf) = Limits[limit];

        var refused = Assert.Throws<DiscordLimitException>(() => DiscordLimits.Check(replyOf(size + 1)));

        Assert.Equal($"The reply has {size + 1} {limit}; Discord allows at most {size}.", refused.Message);
    }

    [Fact]
    public void A_field_without_a_name_is_refused()
        => Assert.Contains(
            "0 embed field name characters",
            Assert.Throws<DiscordLimitException>(() => DiscordLimits.Check(Cards(new Card { Fields = [new CardField("", "v")] }))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Twenty_five_suggestions_are_sent()
        => DiscordLimits.Check(Suggestions(25));

    [Fact]
    public void A_twenty_sixth_suggestion_is_refused()
        => Assert.Contains(
            "26 autocomplete choices; Discord allows at most 25",
            Assert.Throws<DiscordLimitException>(() => DiscordLimits.Check(Suggestions(26))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_suggestion_name_of_a_hundred_characters_is_sent_and_of_a_hundred_and_one_refused()
    {
        DiscordLimits.Check([new Suggestion(new string('n', 100), "reuters")]);

        var refused = Assert.Throws<DiscordLimitException>(() => DiscordLimits.Check([new Suggestion(new string('n', 101), "reuters")]));

        Assert.Contains("101 choice name characters", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suggestion_value_of_a_hundred_and_one_characters_is_refused()
        => Assert.Contains(
            "101 choice value characters",
            Assert.Throws<DiscordLimitException>(() => DiscordLimits.Check([new Suggestion("Reuters", new string('v', 101))])).Message,
            StringComparison.Ordinal);

    private static Reply Cards(params Card[] cards) => new() { Cards = cards };

    private static Reply Buttons(params ReplyButton[] buttons) => new() { Buttons = buttons };

    private static Suggestion[] Suggestions(int count)
        => [.. Enumerable.Range(1, count).Select(i => new Suggestion($"Outlet {i}", $"outlet-{i}"))];
}
