using Discord;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>
/// The bot's replies in Discord.Net's terms: cards as embeds, buttons as one action row, private as ephemeral. Every
/// message mentions nobody (<see cref="Nobody"/>). Each reply is checked against Discord's limits
/// (<see cref="DiscordLimits"/>) before it is converted, so an oversized reply fails here with the limit it broke
/// instead of as a 400 from Discord.
/// </summary>
public static class DiscordReplies
{
    /// <summary>
    /// <c>allowed_mentions</c> with <c>parse: []</c> and no ids, on every message the bot sends, edits or follows up:
    /// quoted text can then never ping anyone. Discord.Net has no global default, so each call passes it.
    /// </summary>
    public static AllowedMentions Nobody => new(AllowedMentionTypes.None) { MentionRepliedUser = false };

    /// <summary>The embeds for the reply's cards, or null when it has none.</summary>
    public static Embed[]? Embeds(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        DiscordLimits.Check(reply);
        return reply.Cards?.Select(Embed).ToArray();
    }

    /// <summary>The reply's buttons as one row (no row for an empty list), or null when it sets none.</summary>
    public static MessageComponent? Components(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Buttons is null)
        {
            return null;
        }

        var builder = new ComponentBuilder();
        foreach (var button in reply.Buttons)
        {
            builder.WithButton(button.Label, button.Id, button.Primary ? ButtonStyle.Primary : ButtonStyle.Secondary, row: 0);
        }

        return builder.Build();
    }

    /// <summary>
    /// Sets on an edit what <paramref name="reply"/> sets, leaving the rest as it was (an edit changes only what it
    /// names), and mentions nobody.
    /// </summary>
    public static void Apply(MessageProperties message, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Text is not null)
        {
            message.Content = reply.Text;
        }

        if (Embeds(reply) is { } embeds)
        {
            message.Embeds = embeds;
        }

        if (Components(reply) is { } components)
        {
            message.Components = components;
        }

        message.AllowedMentions = Nobody;
    }

    /// <summary>The suggestions as autocomplete choices.</summary>
    public static IReadOnlyList<AutocompleteResult> Choices(IReadOnlyList<Suggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        DiscordLimits.Check(suggestions);
        return [.. suggestions.Select(suggestion => new AutocompleteResult(suggestion.Name, suggestion.Value))];
    }

    private static Embed Embed(Card card)
    {
        var builder = new EmbedBuilder { Title = card.Title, Description = card.Description };
        if (card.Color is { } color)
        {
            builder.Color = new Color((uint)color);
        }

        foreach (var field in card.Fields ?? [])
        {
            builder.AddField(field.Name, field.Value);
        }

        if (card.Footer is { } footer)
        {
            builder.Footer = new EmbedFooterBuilder { Text = footer };
        }

        return builder.Build();
    }
}
