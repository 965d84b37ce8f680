using NewsBot.Bot.Conversation;
using NewsBot.Discord.Interactions;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>
/// Writes the bot's replies as Discord payloads: cards as embeds, buttons as one action row, private as ephemeral.
/// Every payload mentions nobody (<see cref="AllowedMentions.None"/>), and the REST client checks it against
/// <see cref="DiscordLimits"/> before sending (<see cref="PayloadLimits"/>), so Discord's limits are enforced once.
/// </summary>
public static class DiscordPayloads
{
    /// <summary>The message for <paramref name="reply"/>; parts left null stay null, so an edit changes only what is set.</summary>
    public static MessagePayload Message(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new MessagePayload
        {
            Content = reply.Text,
            Embeds = reply.Cards?.Select(Embed).ToList(),
            Components = reply.Buttons is null ? null : Row(reply.Buttons),
            Flags = reply.Private ? MessageFlags.Ephemeral : null,
            AllowedMentions = AllowedMentions.None,
        };
    }

    /// <summary>The embed for a card.</summary>
    public static Embed Embed(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Embed
        {
            Title = card.Title,
            Description = card.Description,
            Color = card.Color,
            Fields = card.Fields?.Select(field => new EmbedField(field.Name, field.Value)).ToList(),
            Footer = card.Footer is null ? null : new EmbedFooter(card.Footer),
        };
    }

    /// <summary>The suggestions as autocomplete choices.</summary>
    public static IReadOnlyList<CommandOptionChoice> Choices(IReadOnlyList<Suggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return [.. suggestions.Select(suggestion => CommandOptionChoice.String(suggestion.Name, suggestion.Value))];
    }

    private static IReadOnlyList<ActionRow> Row(IReadOnlyList<ReplyButton> buttons)
        => buttons.Count == 0
            ? []
            : [new ActionRow([.. buttons.Select(button => Button.Action(button.Label, button.Id, button.Primary ? ButtonStyle.Primary : ButtonStyle.Secondary))])];
}
