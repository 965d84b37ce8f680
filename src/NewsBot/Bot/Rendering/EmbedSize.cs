using NewsBot.Discord.Interactions;

namespace NewsBot.Bot.Rendering;

/// <summary>Counts an embed's text as Discord does for its 6,000-character limit per message.</summary>
public static class EmbedSize
{
    /// <summary>Title, description, field names and values, footer text and author name.</summary>
    public static int Total(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0)
            + (embed.Description?.Length ?? 0)
            + (embed.Footer?.Text.Length ?? 0)
            + (embed.Author?.Name.Length ?? 0)
            + (embed.Fields?.Sum(field => field.Name.Length + field.Value.Length) ?? 0);
    }

    /// <summary>True when the embed keeps every per-part limit and the per-message total.</summary>
    public static bool Fits(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0) <= DiscordLimits.EmbedTitle
            && (embed.Description?.Length ?? 0) <= DiscordLimits.EmbedDescription
            && (embed.Footer?.Text.Length ?? 0) <= DiscordLimits.EmbedFooterText
            && (embed.Fields?.Count ?? 0) <= DiscordLimits.EmbedFields
            && (embed.Fields?.All(field => field.Name.Length <= DiscordLimits.EmbedFieldName && field.Value.Length <= DiscordLimits.EmbedFieldValue) ?? true)
            && Total(embed) <= DiscordLimits.EmbedTotalCharacters;
    }
}
