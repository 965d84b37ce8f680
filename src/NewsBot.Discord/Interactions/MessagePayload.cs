using System.Text.Json.Serialization;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// What a bot sends as a message: a new message, an edit, an interaction reply or a follow-up. Only the fields set
/// are sent. <see cref="AllowedMentions"/> is <see cref="Interactions.AllowedMentions.None"/> unless set, and the
/// client puts it back if a caller sets it to null, so no message the client sends can ping anyone by accident.
/// </summary>
public sealed record MessagePayload : InteractionCallbackData
{
    [JsonPropertyName("content")] public string? Content { get; init; }
    [JsonPropertyName("embeds")] public IReadOnlyList<Embed>? Embeds { get; init; }
    [JsonPropertyName("components")] public IReadOnlyList<ActionRow>? Components { get; init; }
    [JsonPropertyName("allowed_mentions")] public AllowedMentions? AllowedMentions { get; init; } = Interactions.AllowedMentions.None;
    /// <summary>Message flags, e.g. <see cref="MessageFlags.Ephemeral"/> for interaction replies only the invoker sees.</summary>
    [JsonPropertyName("flags")] public MessageFlags? Flags { get; init; }
    /// <summary>The message this one replies to (create message only).</summary>
    [JsonPropertyName("message_reference")] public MessageReference? MessageReference { get; init; }
}

/// <summary>Message flags a bot may set.</summary>
[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    /// <summary>Only the invoking user sees the message (interaction responses and follow-ups).</summary>
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
}

/// <summary>A reply's reference to the message it answers.</summary>
public sealed record MessageReference([property: JsonPropertyName("message_id")] Snowflake MessageId)
{
    [JsonPropertyName("channel_id")] public Snowflake? ChannelId { get; init; }
    [JsonPropertyName("guild_id")] public Snowflake? GuildId { get; init; }
    /// <summary>False to send the message even when the referenced one is gone.</summary>
    [JsonPropertyName("fail_if_not_exists")] public bool? FailIfNotExists { get; init; }
}
