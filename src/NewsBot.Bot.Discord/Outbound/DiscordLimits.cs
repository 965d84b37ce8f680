using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Discord.Outbound;

/// <summary>
/// Discord's documented size limits on what the bot sends (resources/message.mdx, "Embed Limits"; components.mdx;
/// "Autocomplete"), checked before anything is sent: a reply past one fails with a
/// <see cref="DiscordLimitException"/> naming it, rather than with Discord's 400 after a round trip.
/// </summary>
public static class DiscordLimits
{
    /// <summary>Characters of a message's content.</summary>
    public const int Content = 2000;

    /// <summary>Embeds in one message.</summary>
    public const int Embeds = 10;

    /// <summary>Characters of an embed title.</summary>
    public const int EmbedTitle = 256;

    /// <summary>Characters of an embed description.</summary>
    public const int EmbedDescription = 4096;

    /// <summary>Fields of one embed.</summary>
    public const int EmbedFields = 25;

    /// <summary>Characters of a field name.</summary>
    public const int FieldName = 256;

    /// <summary>Characters of a field value.</summary>
    public const int FieldValue = 1024;

    /// <summary>Characters of an embed footer.</summary>
    public const int Footer = 2048;

    /// <summary>Characters across every embed of one message.</summary>
    public const int EmbedsTotal = 6000;

    /// <summary>Buttons in one action row.</summary>
    public const int ButtonsInRow = 5;

    /// <summary>Characters of a button label.</summary>
    public const int ButtonLabel = 80;

    /// <summary>Characters of a button's custom id.</summary>
    public const int CustomId = 100;

    /// <summary>Autocomplete choices in one answer.</summary>
    public const int Choices = 25;

    /// <summary>Characters of a choice's name and of its value.</summary>
    public const int ChoiceText = 100;

    /// <summary>Throws when <paramref name="reply"/> breaks one of Discord's limits.</summary>
    public static void Check(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        AtMost(reply.Text?.Length ?? 0, Content, "content characters");
        var cards = reply.Cards ?? [];
        AtMost(cards.Count, Embeds, "embeds");
        var total = 0;
        foreach (var card in cards)
        {
            AtMost(card.Title?.Length ?? 0, EmbedTitle, "embed title characters");
            AtMost(card.Description?.Length ?? 0, EmbedDescription, "embed description characters");
            AtMost(card.Footer?.Length ?? 0, Footer, "embed footer characters");
            AtMost(card.Fields?.Count ?? 0, EmbedFields, "embed fields");
            foreach (var field in card.Fields ?? [])
            {
                AtLeastOne(field.Name.Length, "embed field name characters");
                AtLeastOne(field.Value.Length, "embed field value characters");
                AtMost(field.Name.Length, FieldName, "embed field name characters");
                AtMost(field.Value.Length, FieldValue, "embed field value characters");
                total += field.Name.Length + field.Value.Length;
            }

            total += (card.Title?.Length ?? 0) + (card.Description?.Length ?? 0) + (card.Footer?.Length ?? 0);
        }

        AtMost(total, EmbedsTotal, "characters across the embeds");
        var buttons = reply.Buttons ?? [];
        AtMost(buttons.Count, ButtonsInRow, "buttons in a row");
        foreach (var button in buttons)
        {
            AtLeastOne(button.Label.Length, "button label characters");
            AtMost(button.Label.Length, ButtonLabel, "button label characters");
            AtLeastOne(button.Id.Length, "button custom id characters");
            AtMost(button.Id.Length, CustomId, "button custom id characters");
        }
    }

    /// <summary>Throws when <paramref name="suggestions"/> break one of Discord's autocomplete limits.</summary>
    public static void Check(IReadOnlyList<Suggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        AtMost(suggestions.Count, Choices, "autocomplete choices");
        foreach (var suggestion in suggestions)
        {
            AtLeastOne(suggestion.Name.Length, "choice name characters");
            AtMost(suggestion.Name.Length, ChoiceText, "choice name characters");
            AtMost(suggestion.Value.Length, ChoiceText, "choice value characters");
        }
    }

    private static void AtMost(int count, int limit, string what)
    {
        if (count > limit)
        {
            throw new DiscordLimitException($"The reply has {count} {what}; Discord allows at most {limit}.");
        }
    }

    private static void AtLeastOne(int count, string what)
    {
        if (count < 1)
        {
            throw new DiscordLimitException($"The reply has 0 {what}; Discord needs at least 1.");
        }
    }
}

/// <summary>A reply that breaks one of <see cref="DiscordLimits"/>; it was not sent.</summary>
public sealed class DiscordLimitException(string message) : Exception(message);
