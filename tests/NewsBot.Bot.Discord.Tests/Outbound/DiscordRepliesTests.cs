using Discord;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Outbound;

namespace NewsBot.Bot.Discord.Tests.Outbound;

public sealed class DiscordRepliesTests
{
    [Fact]
    public void Every_message_mentions_nobody()
    {
        var nobody = DiscordReplies.Nobody;

        Assert.Equal(AllowedMentionTypes.None, nobody.AllowedTypes);
        Assert.Empty(nobody.UserIds);
        Assert.Empty(nobody.RoleIds);
        Assert.False(nobody.MentionRepliedUser);
    }

    [Fact]
    public void A_card_becomes_an_embed_with_its_title_text_colour_fields_and_footer()
    {
        var reply = new Reply
        {
            Cards =
            [
                new Card
                {
                    Title = "What did they agree on?",
                    Description = "> The ministers agreed on a ceasefire. [1]",
                    Color = 0x5865F2,
                    Fields = [new CardField("[1] Reuters", "21 Nov 2025"), new CardField("[2] AP", "20 Nov 2025")],
                    Footer = "1,204 articles · page 1 of 3",
                },
            ],
        };

        var embed = Assert.Single(DiscordReplies.Embeds(reply)!);

        Assert.Equal("What did they agree on?", embed.Title);
        Assert.Equal("> The ministers agreed on a ceasefire. [1]", embed.Description);
        Assert.Equal(0x5865F2u, embed.Color!.Value.RawValue);
        Assert.Equal(["[1] Reuters", "[2] AP"], embed.Fields.Select(field => field.Name));
        Assert.Equal(["21 Nov 2025", "20 Nov 2025"], embed.Fields.Select(field => field.Value));
        Assert.Equal("1,204 articles · page 1 of 3", embed.Footer!.Value.Text);
    }

    [Fact]
    public void A_reply_without_cards_has_no_embeds()
        => Assert.Null(DiscordReplies.Embeds(Reply.Note("Nothing found.")));

    [Fact]
    public void An_oversized_reply_is_refused_before_it_is_converted()
        => Assert.Throws<DiscordLimitException>(() => DiscordReplies.Embeds(Reply.Note(new string('a', 2001))));

    [Fact]
    public void Buttons_become_one_row_with_their_styles_and_ids()
    {
        var reply = new Reply { Buttons = [new ReplyButton("More quotes", "more:17", Primary: true), new ReplyButton("Next page", "page:17:2")] };

        var row = Assert.IsType<ActionRowComponent>(Assert.Single(DiscordReplies.Components(reply)!.Components));
        var buttons = row.Components.Cast<ButtonComponent>().ToList();

        Assert.Equal(["More quotes", "Next page"], buttons.Select(button => button.Label));
        Assert.Equal(["more:17", "page:17:2"], buttons.Select(button => button.CustomId));
        Assert.Equal([ButtonStyle.Primary, ButtonStyle.Secondary], buttons.Select(button => button.Style));
    }

    [Fact]
    public void An_empty_button_list_gives_no_rows_so_an_edit_removes_the_buttons()
    {
        var components = DiscordReplies.Components(Reply.WithoutButtons);

        Assert.NotNull(components);
        Assert.Empty(components.Components);
    }

    [Fact]
    public void A_reply_that_sets_no_buttons_leaves_the_components_alone()
        => Assert.Null(DiscordReplies.Components(Reply.Note("Working on it…")));

    [Fact]
    public void An_edit_that_only_removes_buttons_leaves_the_text_and_embeds_as_they_were()
    {
        var message = new MessageProperties();

        DiscordReplies.Apply(message, Reply.WithoutButtons);

        Assert.False(message.Content.IsSpecified);
        Assert.False(message.Embeds.IsSpecified);
        Assert.True(message.Components.IsSpecified);
        Assert.Empty(message.Components.Value.Components);
        Assert.True(message.AllowedMentions.IsSpecified);
        Assert.Equal(AllowedMentionTypes.None, message.AllowedMentions.Value.AllowedTypes);
    }

    [Fact]
    public void An_edit_with_text_and_cards_replaces_both_and_mentions_nobody()
    {
        var message = new MessageProperties();

        DiscordReplies.Apply(message, new Reply { Text = "Here is the answer.", Cards = [new Card { Title = "Answer" }] });

        Assert.Equal("Here is the answer.", message.Content.Value);
        Assert.Equal("Answer", Assert.Single(message.Embeds.Value).Title);
        Assert.False(message.Components.IsSpecified);
        Assert.Equal(AllowedMentionTypes.None, message.AllowedMentions.Value.AllowedTypes);
    }

    [Fact]
    public void Suggestions_become_autocomplete_choices_with_their_names_and_values()
    {
        var choices = DiscordReplies.Choices([new Suggestion("Reuters (1,204)", "reuters"), new Suggestion("AP (800)", "ap")]);

        Assert.Equal(["Reuters (1,204)", "AP (800)"], choices.Select(choice => choice.Name));
        Assert.Equal(["reuters", "ap"], choices.Select(choice => (string)choice.Value));
    }
}
