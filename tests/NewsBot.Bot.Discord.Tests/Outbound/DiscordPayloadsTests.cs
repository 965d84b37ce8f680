using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Discord.Interactions;

namespace NewsBot.Bot.Discord.Tests.Outbound;

public sealed class DiscordPayloadsTests
{
    [Fact]
    public void Every_message_mentions_nobody()
    {
        var message = DiscordPayloads.Message(Reply.Note("@everyone look"));

        Assert.Empty(message.AllowedMentions!.Parse);
        Assert.Null(message.AllowedMentions.Users);
        Assert.Null(message.AllowedMentions.Roles);
    }

    [Fact]
    public void A_private_reply_is_ephemeral()
        => Assert.Equal(MessageFlags.Ephemeral, DiscordPayloads.Message(Reply.Note("only you", isPrivate: true)).Flags);

    [Fact]
    public void Cards_become_embeds_and_buttons_one_action_row()
    {
        var reply = new Reply
        {
            Cards = [new Card { Title = "T", Description = "D", Color = 0x123456, Footer = "F", Fields = [new CardField("N", "V")] }],
            Buttons = [new ReplyButton("Previous", "ask:K:0"), new ReplyButton("More quotes", "ask:K:2", Primary: true)],
        };

        var message = DiscordPayloads.Message(reply);

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal(("T", "D", 0x123456, "F"), (embed.Title, embed.Description, embed.Color, embed.Footer!.Text));
        Assert.Equal(new EmbedField("N", "V"), Assert.Single(embed.Fields!));
        var buttons = Assert.Single(message.Components!).Components;
        Assert.Equal(["ask:K:0", "ask:K:2"], buttons.Select(button => button.CustomId));
        Assert.Equal([ButtonStyle.Secondary, ButtonStyle.Primary], buttons.Select(button => button.Style));
    }

    [Fact]
    public void An_edit_that_only_removes_buttons_leaves_text_and_embeds_alone()
    {
        var message = DiscordPayloads.Message(Reply.WithoutButtons);

        Assert.Empty(message.Components!);
        Assert.Null(message.Embeds);
        Assert.Null(message.Content);
    }

    [Fact]
    public void A_reply_at_every_one_of_the_bots_limits_passes_discords_checks()
    {
        var card = new Card
        {
            Title = new string('t', ReplyLimits.CardTitle),
            Description = new string('d', ReplyLimits.CardsTotal - ReplyLimits.CardTitle - 200),
            Footer = new string('f', 200),
        };
        var reply = new Reply
        {
            Text = new string('x', ReplyLimits.Text),
            Cards = [card with { Description = card.Description![..ReplyLimits.CardDescription] }],
            Buttons = [.. Enumerable.Range(0, ReplyLimits.Buttons).Select(n => new ReplyButton(new string('l', ReplyLimits.ButtonLabel), n + new string('i', ReplyLimits.ButtonId - 1)))],
        };
        var fields = new Card { Fields = [.. Enumerable.Range(0, ReplyLimits.CardFields).Select(_ => new CardField(new string('n', 40), new string('v', 200)))] };

        PayloadLimits.Check(DiscordPayloads.Message(reply));
        PayloadLimits.Check(DiscordPayloads.Message(new Reply { Cards = [fields] }));
        PayloadLimits.Check(InteractionResponse.Autocomplete(DiscordPayloads.Choices(
            [.. Enumerable.Range(0, ReplyLimits.Suggestions).Select(n => new Suggestion(new string('s', ReplyLimits.SuggestionName), "v"))])));
    }
}
