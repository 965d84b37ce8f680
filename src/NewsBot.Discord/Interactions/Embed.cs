using System.Text.Json.Serialization;

namespace NewsBot.Discord.Interactions;

/// <summary>A rich embed of a message. Sizes are limited by <see cref="DiscordLimits"/>, checked before sending.</summary>
public sealed record Embed
{
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    /// <summary>Link of the title.</summary>
    [JsonPropertyName("url")] public string? Url { get; init; }
    /// <summary>Colour of the left border as 0xRRGGBB.</summary>
    [JsonPropertyName("color")] public int? Color { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("footer")] public EmbedFooter? Footer { get; init; }
    [JsonPropertyName("author")] public EmbedAuthor? Author { get; init; }
    [JsonPropertyName("fields")] public IReadOnlyList<EmbedField>? Fields { get; init; }
}

/// <summary>The footer line of an embed.</summary>
public sealed record EmbedFooter([property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("icon_url")] public string? IconUrl { get; init; }
}

/// <summary>The author line of an embed.</summary>
public sealed record EmbedAuthor([property: JsonPropertyName("name")] string Name)
{
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("icon_url")] public string? IconUrl { get; init; }
}

/// <summary>A name/value field of an embed.</summary>
public sealed record EmbedField(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value)
{
    [JsonPropertyName("inline")] public bool? Inline { get; init; }
}
